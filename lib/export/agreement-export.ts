import type { PhrasingContent } from 'mdast';
import { textOf } from '../highlights/classify-agreement';
import { buildAgreementPage } from '../page/agreement-page';
import type { AgreementPage, PageRow } from '../page/types';
import type { LoadedRegions } from '../regions/load-regions';
import { refFromId } from '../pipeline/clause-id';
import { languages, type Agreement, type Block, type Language, type Row } from '../pipeline/types';
import { clauseMarkdown } from './clause-markdown';
import { exportHighlight } from './highlight';
import { regionExport } from './region-export';
import { agreementSummary } from './agreement-summary';
import { dataPaths } from './site';
import { schemaVersion, type AgreementExport, type ExportClause } from './schema';

/**
 * `/data/agreements/{slug}.json`: the agreement as printed, clause by clause in both languages,
 * with its highlights, references and glossary from the default region's page model, and each
 * region's changes from that region's page model. Mapped field by field into the export's own
 * shape (schema.ts), so the page model may change without changing what tools read.
 */
export function agreementExport(agreement: Agreement, loaded: LoadedRegions, site: string): AgreementExport {
  const page = buildAgreementPage(agreement, loaded);
  if (!page) throw new Error(`${agreement.slug}: no page model (is it listed in the regions file?)`);
  const pageRows = new Map(page.parts.flatMap((part) => part.rows).map((row) => [row.id, row]));
  const markdown = Object.fromEntries(
    languages.flatMap((l) => (agreement.texts[l] ? [[l, clauseMarkdown(agreement.texts[l])]] : [])),
  ) as Partial<Record<Language, Map<string, string>>>;
  const summary = agreementSummary(page, agreement, site);
  const regionPage = (key: string) =>
    key === page.region?.key ? page : buildAgreementPage(agreement, loaded, key)!;
  return {
    $schema: `${site}${dataPaths.agreementSchema}`,
    schemaVersion,
    ...summary,
    regions: summary.regions.map((region) => regionExport(agreement, loaded, regionPage(region.key), region)),
    party: page.party && {
      party: page.party.party,
      law: page.party.law,
      courts: page.party.courts,
      notice: page.party.notice,
    },
    parts: page.parts.map((part) => ({ id: part.id, titles: part.titles })),
    clauses: agreement.rows.map((row) => exportClause(row, pageRows.get(row.id), markdown)),
    definedTerms: definedTerms(page),
  };
}

function exportClause(
  row: Row,
  pageRow: PageRow | undefined,
  markdown: Partial<Record<Language, Map<string, string>>>,
): ExportClause {
  const blocks = languages.flatMap((l) => (row.blocks[l] ? [[l, row.blocks[l]] as const] : []));
  const perLanguage = <T>(value: (block: Block, language: Language) => T) =>
    Object.fromEntries(blocks.map(([l, block]) => [l, value(block, l)])) as Partial<Record<Language, T>>;
  const links = blocks.flatMap(([language, block]) =>
    linksOf(block.content).map((mark) => ({ language, mark })),
  );
  const parent = (row.blocks.en ?? row.blocks.zh)!.parent;
  return {
    id: row.id,
    ref: row.ref,
    part: row.part,
    kind: row.kind,
    depth: row.depth,
    parent: parent ? refFromId(parent) : null,
    label: perLanguage((block) => block.label),
    text: perLanguage((block) => textOf(block)),
    markdown: perLanguage((block, l) => markdown[l]?.get(block.id) ?? ''),
    highlights: (pageRow?.marks ?? []).map(exportHighlight),
    references: unique(
      links
        .flatMap(({ mark }) => (mark.kind === 'clause' ? mark.targets : []))
        .filter((ref) => ref !== row.ref),
    ),
    citedBy: pageRow?.citing ?? [],
    citesAgreements: uniqueBy(
      links.flatMap(({ language, mark }): ExportClause['citesAgreements'] =>
        mark.kind === 'document'
          ? [{ language, title: mark.title, slug: mark.slug }]
          : mark.kind === 'external-document'
            ? [{ language, title: mark.title, slug: null }]
            : [],
      ),
      (cited) => `${cited.language} ${cited.title}`,
    ),
    notes: pageRow?.notes ?? [],
  };
}

/** The reference marks the inline stage left in a clause's content, in text order. */
function linksOf(content: PhrasingContent[]) {
  return content
    .flatMap((node): NonNullable<PhrasingContent['data']>['reference'][] => [
      ...(node.data?.reference ? [node.data.reference] : []),
      ...('children' in node ? linksOf(node.children as PhrasingContent[]) : []),
    ])
    .filter((mark) => mark !== undefined);
}

// The glossary's pairs, as each language's list of the terms it has (in that language's order).
function definedTerms(page: AgreementPage): AgreementExport['definedTerms'] {
  return Object.fromEntries(
    Object.entries(page.glossary).flatMap(([language, pairs]) => {
      const own = pairs.filter((pair) => pair.terms[language as Language]);
      return own.length === 0
        ? []
        : [
            [
              language,
              own.map((pair) => ({
                term: pair.terms[language as Language]!,
                definedIn: pair.refs,
                sentence: pair.definitions[language as Language] ?? '',
              })),
            ],
          ];
    }),
  );
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
