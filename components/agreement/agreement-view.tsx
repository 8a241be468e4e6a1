import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import type { Agreement } from '@/lib/agreements';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import { clauseLabel, editionOf } from '@/lib/format';
import type { Language, Repair } from '@/lib/pipeline/types';
import { checkAgreement } from '@/lib/bilingual/check-agreement';
import type { Finding } from '@/lib/bilingual/types';
import { ClauseRow } from '../clause/clause-row';
import { ReviewSummary } from '../review/review-summary';
import { Glossary } from '../references/glossary';
import { ReferencePreview } from '../references/reference-preview';
import { backReferences } from '@/lib/references/back-references';
import { ClipboardController } from '../clause/clipboard-controller';
import { AgreementHeader } from './agreement-header';
import { ColumnHeadings } from './column-headings';
import { EditorialNotes } from './editorial-notes';
import { TableOfContents } from './table-of-contents';
import { TocSpy } from './toc-spy';
import { ViewControls } from './view-controls';
import type { RegionView } from '@/lib/regions/consolidate';
import { EntityCard } from '../region/entity-card';
import { RegionChanges } from '../region/region-changes';
import { RegionPicker, type RegionOption } from '../region/region-picker';
import { classifyAgreement, tagCounts, textOf } from '@/lib/highlights/classify-agreement';
import { viewAgreement } from '@/lib/regions/view-agreement';
import { productTimelines } from '@/lib/highlights/timeline';
import { HighlightLegend } from '../highlight/highlight-legend';
import { HighlightSummary } from '../highlight/highlight-summary';
import { DeletionTimelines } from '../highlight/deletion-timelines';

/** The side-by-side page: header, controls, contents, then one row per clause id, by part. */
export function AgreementView({
  agreement,
  view,
  regions,
  locale,
  t,
}: {
  agreement: Agreement;
  /** The agreement as it binds one region (lib/regions/consolidate). */
  view: RegionView;
  regions: RegionOption[];
  locale: Locale;
  t: TFunction;
}) {
  const available = Object.keys(agreement.texts) as Language[];
  const display = agreement.texts[locale] ?? agreement.official;
  const notesByClause = groupNotes(agreement.official.meta.repairs ?? []);
  const review = checkAgreement(agreement);
  const findingsById = groupBy(review.findings, (finding: Finding) => finding.id);
  const rowsByRef = new Map(view.rows.map((row) => [row.ref, row]));
  const regionName = view.card.name[locale];
  const partTitles = (id: string) =>
    available.map((language) => ({
      language,
      title: agreement.texts[language]!.meta.parts.find((p) => p.id === id)?.title,
    }));
  // A clause named away from its row (back-references, lists, glossary) carries its part's
  // title unless it is in the main part: "clause 3" alone would not say which part's clause 3.
  const labelOf = (ref: string) => {
    const row = rowsByRef.get(ref);
    if (!row) return ref;
    const clause = clauseLabel(row.ref, row.part, row.kind, t);
    const part =
      row.part === 'main'
        ? undefined
        : partTitles(row.part).find((p) => p.language === display.language)?.title;
    return part ? t('clause.inPart', { part, clause }) : clause;
  };
  // Marks, legend, list and back-references follow the text shown: a region's replaced and
  // added clauses are judged on their own words. Deletion timelines stay those of the printed text.
  const shown = view.isDefault ? agreement : viewAgreement(agreement, view.rows);
  const cited = backReferences(shown);
  const citingOf = (ref: string) =>
    [...new Set([...(cited[ref]?.zh ?? []), ...(cited[ref]?.en ?? [])])].map((citing) => ({
      ref: citing,
      label: labelOf(citing),
    }));
  const printed = classifyAgreement(agreement);
  const highlights = view.isDefault ? printed : classifyAgreement(shown);
  const highlightById = new Map(highlights.clauses.map((clause) => [clause.id, clause]));
  const summary = highlights.clauses
    .filter((clause) => clause.tags.length > 0)
    .map((clause) => {
      const block = rowsByRef.get(clause.ref)?.blocks[display.language];
      return {
        highlight: clause,
        label: labelOf(clause.ref),
        start: block ? firstWords(textOf(block)) : '',
        lang: htmlLang(display.language),
      };
    });
  // How a clause of this part is cited; `{clause}` is filled in by the clipboard island.
  const citationTemplate = (id: string) => {
    const part = partTitles(id).find((p) => p.language === display.language)?.title;
    return t(part && id !== 'main' ? 'clause.citationPart' : 'clause.citation', {
      title: display.meta.title,
      edition: editionOf(display.meta, t),
      part,
      clause: '{clause}',
    });
  };
  return (
    <div className="agreement" data-slug={agreement.slug}>
      <AgreementHeader agreement={agreement} locale={locale} t={t} />
      <div className="region-panel">
        <RegionPicker options={regions} current={view.region} t={t} />
        <EntityCard card={view.card} addenda={view.addenda} agreement={agreement} locale={locale} t={t} />
        {!view.isDefault && (
          <RegionChanges changes={view.changes} label={(change) => labelOf(change.ref)} t={t} />
        )}
      </div>
      <div className="agreement-tools">
        <ViewControls t={t} />
        <EditorialNotes text={agreement.official} t={t} />
        <ReviewSummary check={review} t={t} />
      </div>
      <div className="highlight-panel">
        <HighlightLegend counts={tagCounts(highlights)} t={t} />
        <HighlightSummary entries={summary} t={t} />
      </div>
      <div className="agreement-body">
        {/* Phones get the contents folded above the text; wide screens a sticky column. */}
        <details className="toc-details">
          <summary>{t('toc.title')}</summary>
          <TableOfContents agreement={agreement} locale={locale} t={t} idSuffix="-folded" />
        </details>
        <aside className="toc-column">
          <TableOfContents agreement={agreement} locale={locale} t={t} idSuffix="" />
        </aside>
        <div className="clauses">
          <ColumnHeadings agreement={agreement} t={t} />
          {display.parts.map((part) => (
            <section
              key={part.id}
              id={`part-${part.id}`}
              aria-labelledby={`part-${part.id}-title`}
              className="part"
              data-citation={citationTemplate(part.id)}
            >
              <h2 id={`part-${part.id}-title`} className="part-title">
                {partTitles(part.id).some((p) => p.title) ? (
                  partTitles(part.id).map(({ language, title }, i) =>
                    title ? (
                      <Fragment key={language}>
                        {i > 0 && <span aria-hidden="true"> · </span>}
                        <span lang={htmlLang(language)}>{title}</span>
                      </Fragment>
                    ) : null,
                  )
                ) : (
                  <span>{t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}</span>
                )}
              </h2>
              {view.rows
                .filter((row) => row.part === part.id)
                .map((row) => {
                  const label = clauseLabel(row.ref, row.part, row.kind, t);
                  return (
                    <ClauseRow
                      key={row.id}
                      row={row}
                      available={available}
                      official={agreement.official.language}
                      label={label}
                      notes={notesByClause.get(row.ref) ?? []}
                      findings={findingsById.get(row.id) ?? []}
                      citing={citingOf(row.ref)}
                      region={{ row, name: regionName, agreement, locale }}
                      highlight={highlightById.get(row.id)}
                      t={t}
                    />
                  );
                })}
            </section>
          ))}
        </div>
      </div>
      <DeletionTimelines
        timelines={productTimelines(agreement, printed, display.language)}
        locale={display.language}
        t={t}
      />
      <Glossary agreement={agreement} label={labelOf} t={t} />
      <ReferencePreview />
      <ClipboardController
        texts={{
          copyLink: t('clause.copyLink'),
          copyLinkTo: t('clause.copyLinkTo', { clause: '{clause}' }),
          cite: t('clause.cite'),
          citeClause: t('clause.citeClause', { clause: '{clause}' }),
          copied: t('clause.copied'),
        }}
      />
      <TocSpy />
    </div>
  );
}

function groupNotes(repairs: Repair[]): Map<string, Repair[]> {
  return groupBy(
    repairs.filter((repair) => repair.clause),
    (repair) => repair.clause!,
  );
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
