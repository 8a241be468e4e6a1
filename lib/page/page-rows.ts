import type { TranslationCorrection } from '../bilingual/corrections';
import type { Finding } from '../bilingual/types';
import { markedPhrases, textOf } from '../highlights/classify-agreement';
import type { AgreementHighlights, ClauseHighlight } from '../highlights/types';
import type { CitingRefs } from '../references/back-references';
import type { RegionRow } from '../regions/apply-effects';
import { languages, type Agreement, type Block, type Language, type Repair } from '../pipeline/types';
import { clauseHtml } from './clause-html';
import { placeholderLines } from './placeholder-lines';
import type { HighlightEntry, HighlightMark, PagePart, PageRow } from './types';

type Blocks = Partial<Record<Language, Block>>;

/** Clause HTML per language for the blocks a row (or its original, or a replacement) has. */
export function cellsOf(blocks: Blocks | undefined): Partial<Record<Language, string>> {
  return Object.fromEntries(
    languages.flatMap((language) => {
      const block = blocks?.[language];
      return block ? [[language, clauseHtml(block.content)]] : [];
    }),
  );
}

/**
 * The region's rows grouped by part, each rendered: its cells, its region and highlight marks,
 * the notes, findings and back-references beside it, and its height estimate. Parts come in the
 * official text's order, then any part only the other language has.
 */
export function pageParts(input: {
  agreement: Agreement;
  rows: RegionRow[];
  highlights: AgreementHighlights;
  citing: Record<string, CitingRefs>;
  findings: Finding[];
  corrections: TranslationCorrection[];
}): PagePart[] {
  const { agreement, rows, highlights, citing, findings, corrections } = input;
  const correctionsById = groupBy(corrections, (correction) => correction.id);
  const highlightById = new Map(highlights.clauses.map((clause) => [clause.id, clause]));
  const notes = groupBy(
    (agreement.official.meta.repairs ?? []).filter((repair) => repair.clause),
    (repair: Repair) => repair.clause!,
  );
  const findingsById = groupBy(findings, (finding) => finding.id);
  const versions = languages.flatMap((l) => agreement.texts[l] ?? []);
  const partIds = [
    ...new Set([agreement.official, ...versions].flatMap((text) => text.parts.map((p) => p.id))),
  ];
  return partIds.map((id) => ({
    id,
    titles: Object.fromEntries(
      versions.flatMap((text) => {
        const title = text.parts.find((part) => part.id === id)?.title;
        return title ? [[text.language, title]] : [];
      }),
    ),
    rows: rows
      .filter((row) => row.part === id)
      .map((row) => {
        const rowNotes = (notes.get(row.ref) ?? []).map((repair) => repair.note);
        // A clause's own paragraphs (11.5.p2 citing 11.5) are the clause itself, not a citer.
        const rowCiting = [
          ...new Set([...(citing[row.ref]?.zh ?? []), ...(citing[row.ref]?.en ?? [])]),
        ].filter((ref) => !isOwnParagraph(ref, row.ref));
        return pageRow(row, {
          highlight: highlightById.get(row.id),
          notes: rowNotes,
          findings: findingsById.get(row.id) ?? [],
          corrections: correctionsById.get(row.id) ?? [],
          citing: rowCiting,
        });
      }),
  }));
}

function pageRow(
  row: RegionRow,
  beside: {
    highlight?: ClauseHighlight;
    notes: string[];
    findings: Finding[];
    corrections: TranslationCorrection[];
    citing: string[];
  },
): PageRow {
  const { highlight, notes, findings, corrections, citing } = beside;
  return {
    id: row.id,
    ref: row.ref,
    part: row.part,
    kind: row.kind,
    depth: row.depth,
    cells: cellsOf(row.blocks),
    region: {
      status: row.status,
      marks: row.marks.map(({ kind, item, itemId }) => ({ kind, item, itemId })),
      ...(row.condition ? { condition: row.condition } : {}),
      ...(row.replacement ? { replacement: cellsOf(row.replacement) } : {}),
      ...(row.original
        ? { original: row.original.map((original) => ({ id: original.id, cells: cellsOf(original.blocks) })) }
        : {}),
    },
    tags: highlight?.tags ?? [],
    marks: highlight ? highlightMarks(highlight) : [],
    notes,
    findings,
    corrections,
    citing,
    lines: placeholderLines(row, highlight, notes.length + citing.length),
  };
}

/** Per tag: the words that caused it, an override's reason, and a disagreement between the rules. */
function highlightMarks(highlight: ClauseHighlight): HighlightMark[] {
  return highlight.tags.map((tag) => {
    const override = highlight.overrides.find((o) => o.tag === tag && o.action === 'add');
    const onlyIn = highlight.disagreement.includes(tag)
      ? languages.find((l) => highlight.languages[l]?.tags.includes(tag))
      : undefined;
    return {
      tag,
      phrases: markedPhrases(highlight, tag),
      ...(override ? { override: override.reason } : {}),
      ...(onlyIn ? { onlyIn } : {}),
    };
  });
}

/** The highlighted clauses, each with its first words per language, for the list. */
export function highlightEntries(highlights: AgreementHighlights, shown: Agreement): HighlightEntry[] {
  const rows = new Map(shown.rows.map((row) => [row.id, row]));
  return highlights.clauses
    .filter((clause) => clause.tags.length > 0)
    .map((clause) => ({
      id: clause.id,
      ref: clause.ref,
      tags: clause.tags,
      start: Object.fromEntries(
        languages.flatMap((language) => {
          const block = rows.get(clause.id)?.blocks[language];
          return block ? [[language, firstWords(textOf(block))]] : [];
        }),
      ),
    }));
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** The first words of a clause for a list: about 40 characters, cut at a word in English. */
function firstWords(text: string): string {
  const clean = text.replace(/^\s*[\d.]+\s*/, '').trim();
  if (clean.length <= 40) return clean;
  const cut = clean.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return `${space > 20 ? cut.slice(0, space) : cut}…`;
}

/** 11.5.p2 (a later paragraph of clause 11.5) is 11.5 itself; 11.5.1 or 11.50 is not. */
export function isOwnParagraph(ref: string, of: string): boolean {
  return ref === of || (ref.startsWith(`${of}.p`) && /^\d+$/.test(ref.slice(of.length + 2)));
}
