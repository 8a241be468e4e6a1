import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import { clauseLabel, editionOf } from '@/lib/format';
import type { AgreementPage, PageRow } from '@/lib/page/types';
import { ClauseRow } from '../clause/clause-row';
import { ReviewCorrections } from '../review/review-corrections';
import { ReviewSummary } from '../review/review-summary';
import { Glossary } from '../references/glossary';
import { ReferencePreview } from '../references/reference-preview';
import { AgreementHeader } from './agreement-header';
import { ColumnHeadings } from './column-headings';
import { EditorialNotes } from './editorial-notes';
import { TableOfContents } from './table-of-contents';
import { MissingClauseNotice } from './missing-clause-notice';
import { ViewControls } from './view-controls';
import { EntityCard } from '../region/entity-card';
import { PartyCard } from '../region/party-card';
import { RegionChanges } from '../region/region-changes';
import { RegionPicker } from '../region/region-picker';
import { HighlightLegend } from '../highlight/highlight-legend';
import { HighlightSummary } from '../highlight/highlight-summary';
import { DeletionTimelines } from '../highlight/deletion-timelines';
import { HighlightIconSprite } from '../highlight/highlight-icon';
import { CompareLinks } from '../compare/compare-links';
import type { SharedTermsLink } from '@/lib/compare/shared-terms';

/**
 * The side-by-side page: header, region, controls, contents, then one row per clause id, by
 * part — a rendering of the page model (lib/page), which has done every analysis already.
 */
export function AgreementView({
  page,
  sharedTerms = [],
  locale,
  t,
}: {
  page: AgreementPage;
  /** Other publications of the same terms (lib/compare), for the compare links. */
  sharedTerms?: SharedTermsLink[];
  locale: Locale;
  t: TFunction;
}) {
  const display = page.texts[locale] ?? page.texts[page.official]!;
  const rowsByRef = new Map(page.parts.flatMap((part) => part.rows).map((row) => [row.ref, row]));
  const partTitle = (id: string) => page.parts.find((p) => p.id === id)?.titles[display.language];
  // A clause named away from its row (back-references, lists, glossary) carries its part's
  // title unless it is in the main part: "clause 3" alone would not say which part's clause 3.
  const labelOf = (ref: string) => {
    const row = rowsByRef.get(ref);
    if (!row) return ref;
    const clause = clauseLabel(row.ref, row.part, row.kind, t);
    const part = row.part === 'main' ? undefined : partTitle(row.part);
    return part ? t('clause.inPart', { part, clause }) : clause;
  };
  // How a clause of this part is cited; `{clause}` is filled in by the clipboard island.
  const citationTemplate = (id: string) => {
    const part = partTitle(id);
    return t(part && id !== 'main' ? 'clause.citationPart' : 'clause.citation', {
      title: display.title,
      edition: editionOf(display.meta, t),
      part,
      clause: '{clause}',
    });
  };
  const base = `/${locale}/agreements/${page.slug}`;
  const regionName = page.region?.card.name[locale] ?? '';
  const region = page.region;
  const oneLanguage = page.languages.length === 1;
  return (
    <div
      className="agreement"
      data-slug={page.slug}
      data-languages={page.languages.length}
      data-copy-link={t('clause.copyLink')}
      data-copy-link-to={t('clause.copyLinkTo', { clause: '{clause}' })}
      data-cite={t('clause.cite')}
      data-cite-clause={t('clause.citeClause', { clause: '{clause}' })}
      data-copied={t('clause.copied')}
    >
      <HighlightIconSprite />
      <AgreementHeader page={page} locale={locale} t={t} />
      <MissingClauseNotice page={page} base={base} locale={locale} t={t} />
      {oneLanguage && <OneLanguageNotice page={page} t={t} />}
      <div className="region-panel">
        {region ? (
          <>
            <RegionPicker
              options={region.options.map((o) => ({ key: o.key, name: o.name[locale], href: base + o.path }))}
              current={region.key}
              t={t}
            />
            <EntityCard card={region.card} addenda={region.addenda} page={page} locale={locale} t={t} />
            {!region.isDefault && (
              <RegionChanges changes={region.changes} label={(change) => labelOf(change.ref)} t={t} />
            )}
          </>
        ) : (
          <PartyCard party={page.party} locale={locale} t={t} />
        )}
        <CompareLinks page={page} publications={sharedTerms} locale={locale} t={t} />
      </div>
      <div className="agreement-tools">
        <ViewControls t={t} bilingual={!oneLanguage} />
        <EditorialNotes repairs={page.repairs} t={t} />
        <ReviewSummary review={page.review} t={t} />
        <ReviewCorrections corrections={page.review.corrections} label={labelOf} t={t} />
      </div>
      <div className="highlight-panel">
        <HighlightLegend counts={page.highlights.counts} t={t} />
        <HighlightSummary
          entries={page.highlights.clauses.map((entry) => ({
            id: entry.id,
            tags: entry.tags,
            label: labelOf(entry.ref),
            start: entry.start[display.language] ?? '',
            lang: htmlLang(display.language),
          }))}
          t={t}
        />
      </div>
      <div className="agreement-body">
        {/* Phones get the contents folded above the text; wide screens a sticky column. */}
        <details className="toc-details">
          <summary>{t('toc.title')}</summary>
          <TableOfContents text={display} locale={locale} t={t} idSuffix="-folded" />
        </details>
        <aside className="toc-column">
          <TableOfContents text={display} locale={locale} t={t} idSuffix="" />
        </aside>
        <div className="clauses">
          <ColumnHeadings page={page} t={t} />
          {page.parts.map((part) => (
            <section
              key={part.id}
              id={`part-${part.id}`}
              aria-labelledby={`part-${part.id}-title`}
              className="part"
              data-citation={citationTemplate(part.id)}
            >
              <h2 id={`part-${part.id}-title`} className="part-title">
                <PartTitle
                  titles={part.titles}
                  fallback={t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}
                />
              </h2>
              {part.rows.map((row: PageRow) => (
                <ClauseRow
                  key={row.id}
                  row={row}
                  page={page}
                  label={clauseLabel(row.ref, row.part, row.kind, t)}
                  citing={row.citing.map((ref) => ({ ref, label: labelOf(ref) }))}
                  regionName={regionName}
                  locale={locale}
                  t={t}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
      <DeletionTimelines timelines={page.timelines[display.language] ?? []} locale={display.language} t={t} />
      <Glossary entries={page.glossary} label={labelOf} t={t} />
      <ReferencePreview />
    </div>
  );
}

/** Once, at the top, for an agreement with its official text only: no per-row placeholders. */
function OneLanguageNotice({ page, t }: { page: AgreementPage; t: TFunction }) {
  const other = page.official === 'zh' ? 'en' : 'zh';
  return (
    <p className="one-language-notice" role="note">
      {t('status.oneLanguage', { language: t(`language.${page.official}`), other: t(`language.${other}`) })}
    </p>
  );
}

/** A part's title in each language that prints one ("通用服务条款 · General Terms"). */
function PartTitle({
  titles,
  fallback,
}: {
  titles: AgreementPage['parts'][number]['titles'];
  fallback: string;
}) {
  const present = (['en', 'zh'] as const).filter((language) => titles[language]);
  if (present.length === 0) return <span>{fallback}</span>;
  return present.map((language, i) => (
    <Fragment key={language}>
      {i > 0 && <span aria-hidden="true"> · </span>}
      <span lang={htmlLang(language)}>{titles[language]}</span>
    </Fragment>
  ));
}
