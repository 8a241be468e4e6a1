import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import { clauseInPartLabel, clauseLabel, editionOf } from '@/lib/format';
import type { Language } from '@/lib/pipeline/types';
import type { AgreementPage, PageRow } from '@/lib/page/types';
import { ClauseRow } from '../clause/clause-row';
import { ReviewSummary } from '../review/review-summary';
import { Glossary } from '../references/glossary';
import { ReferencePreview } from '../references/reference-preview';
import { AgreementHeader } from './agreement-header';
import { Downloads } from './downloads';
import { ColumnHeadings } from './column-headings';
import { EditorialNotes } from './editorial-notes';
import { TableOfContents } from './table-of-contents';
import { ReadingToolbar } from './reading-toolbar';
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
import { partTitleClass } from '../ui/part-title';

/**
 * The side-by-side page: header, region, controls, contents, then one row per clause id, by
 * part — a rendering of the page model (lib/page), which has done every analysis already.
 * `embedded` (components/embed): for a console's iframe, without what leads to other pages of
 * the site (the region picker, the notice of a clause in another region).
 */
export function AgreementView({
  page,
  sharedTerms = [],
  locale,
  t,
  embedded = false,
}: {
  page: AgreementPage;
  /** Other publications of the same terms (lib/compare), for the compare links. */
  sharedTerms?: SharedTermsLink[];
  locale: Locale;
  t: TFunction;
  embedded?: boolean;
}) {
  const display = page.texts[locale] ?? page.texts[page.official]!;
  const rowsByRef = new Map(page.parts.flatMap((part) => part.rows).map((row) => [row.ref, row]));
  const partTitle = (id: string) => page.parts.find((p) => p.id === id)?.titles[display.language];
  const labelOf = (ref: string) => {
    const row = rowsByRef.get(ref);
    return row ? clauseInPartLabel(row, partTitle(row.part), t) : ref;
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
  // The interface language's version first, the other beside it (or beneath it on phones).
  const columns: Language[] = oneLanguage
    ? page.languages
    : [display.language, display.language === 'zh' ? 'en' : 'zh'];
  const hasHighlights = page.highlights.clauses.length > 0;
  const highlightEntries = page.highlights.clauses.map((entry) => ({
    id: entry.id,
    tags: entry.tags,
    label: labelOf(entry.ref),
    start: entry.start[display.language] ?? '',
    lang: htmlLang(display.language),
  }));
  const timelines = page.timelines[display.language] ?? [];
  // One menu for what the page shows: languages, column order, review, highlights.
  const menus =
    oneLanguage && !hasHighlights
      ? []
      : [
          {
            id: 'view-menu',
            label: t('toolbar.view'),
            content: (
              <div className="grid gap-3">
                {!oneLanguage && <ViewControls t={t} bilingual />}
                {hasHighlights && (
                  <div>
                    <HighlightLegend counts={page.highlights.counts} t={t} />
                    <p className="mt-1">
                      <a href="#highlighted-clauses">{t('highlight.summary')}</a>
                    </p>
                  </div>
                )}
              </div>
            ),
          },
        ];
  return (
    <div
      id="top"
      className="agreement"
      data-slug={page.slug}
      data-languages={page.languages.length}
      data-copy-link={t('clause.copyLink')}
      data-copy-link-to={t('clause.copyLinkTo', { clause: '{clause}' })}
      data-cite={t('clause.cite')}
      data-cite-clause={t('clause.citeClause', { clause: '{clause}' })}
      data-copied={t('clause.copied')}
      data-copy-failed={t('clause.copyFailed')}
      data-copy-field={t('clause.copyField')}
      data-close={t('clause.close')}
      style={cellLabels(page, t)}
    >
      <HighlightIconSprite />
      <PrintBlock
        page={page}
        locale={locale}
        path={region && !region.isDefault ? `${base}/${region.key}` : base}
        t={t}
      />
      <AgreementHeader page={page} locale={locale} t={t} />
      <div className="region-panel mx-auto grid max-w-[90rem] gap-2 px-4 pb-3 text-sm print:hidden">
        {region ? (
          <>
            {!embedded && (
              <RegionPicker
                options={region.options.map((o) => ({
                  key: o.key,
                  name: o.name[locale],
                  href: base + o.path,
                }))}
                current={region.key}
                t={t}
              />
            )}
            <details className="region-details">
              <summary className="cursor-pointer text-accent">
                <RegionSummaryLine
                  card={region.card}
                  changes={region.isDefault ? null : region.changes.length}
                  locale={locale}
                  t={t}
                />
              </summary>
              <div className="mt-2 grid gap-2">
                <EntityCard card={region.card} addenda={region.addenda} page={page} locale={locale} t={t} />
                {!region.isDefault && (
                  <RegionChanges changes={region.changes} label={(change) => labelOf(change.ref)} t={t} />
                )}
              </div>
            </details>
          </>
        ) : (
          <PartyCard party={page.party} locale={locale} t={t} />
        )}
        {!embedded && <CompareLinks page={page} publications={sharedTerms} locale={locale} t={t} />}
      </div>
      <ReadingToolbar
        gotoAction={`${base}/goto`}
        region={region && !region.isDefault ? region.key : undefined}
        menus={menus}
        t={t}
      />
      {!embedded && <MissingClauseNotice page={page} base={base} locale={locale} t={t} />}
      {oneLanguage && <OneLanguageNotice page={page} t={t} />}
      <div className="agreement-body mx-auto grid max-w-[90rem] grid-cols-1 gap-6 px-3 pb-16 sm:px-4 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <TableOfContents
          text={display}
          locale={locale}
          t={t}
          extra={[
            hasHighlights && { id: 'highlighted-clauses', label: t('highlight.summary') },
            timelines.some((timeline) => timeline.steps.length > 0) && {
              id: 'deletion-timelines',
              label: t('highlight.timelines'),
            },
            (page.glossary.zh?.length || page.glossary.en?.length) && {
              id: 'glossary',
              label: t('references.glossary'),
            },
            !oneLanguage && { id: 'translation-review', label: t('review.title') },
            page.repairs.length > 0 && { id: 'editorial-notes', label: t('notes.title') },
          ].filter((entry): entry is { id: string; label: string } => Boolean(entry))}
        />
        <div className="clauses min-w-0">
          <ColumnHeadings page={page} columns={columns} t={t} />
          {page.parts.map((part) => (
            <section
              key={part.id}
              id={`part-${part.id}`}
              aria-labelledby={`part-${part.id}-title`}
              className="part"
              data-citation={citationTemplate(part.id)}
            >
              <h2 id={`part-${part.id}-title`} className={partTitleClass}>
                <PartTitle
                  titles={part.titles}
                  order={columns}
                  fallback={t(part.id === 'preamble' ? 'toc.preamble' : 'toc.main')}
                />
              </h2>
              {part.rows.map((row: PageRow) => (
                <ClauseRow
                  key={row.id}
                  row={row}
                  page={page}
                  columns={columns}
                  label={clauseLabel(row.ref, row.part, row.kind, t)}
                  citing={row.citing.map((ref) => ({ ref, label: labelOf(ref) }))}
                  regionName={regionName}
                  report={`${base}/review`}
                  embedded={embedded}
                  locale={locale}
                  t={t}
                />
              ))}
            </section>
          ))}
          <div className="after-text mt-10 grid gap-10">
            {hasHighlights && <HighlightSummary entries={highlightEntries} t={t} />}
            <DeletionTimelines timelines={timelines} locale={display.language} t={t} />
            <Glossary entries={page.glossary} locale={locale} label={labelOf} t={t} />
            {!oneLanguage && (
              <section
                id="translation-review"
                aria-labelledby="translation-review-title"
                className="print:hidden"
              >
                <h2 id="translation-review-title" className={partTitleClass}>
                  {t('review.title')}
                </h2>
                <ReviewSummary review={page.review} report={`${base}/review`} newTab={embedded} t={t} />
              </section>
            )}
            <EditorialNotes
              repairs={page.repairs}
              report={`${base}/review#editorial-notes`}
              newTab={embedded}
              t={t}
            />
            {!embedded && <Downloads page={page} t={t} />}
          </div>
        </div>
      </div>
      <ReferencePreview />
    </div>
  );
}

/**
 * Words on each stacked cell (phones, print): which language and whether it is the official
 * text. Given once, as CSS variables the cells' ::before reads, not repeated in every row.
 */
function cellLabels(page: AgreementPage, t: TFunction): Record<string, string> {
  const label = (language: 'zh' | 'en') => {
    const status = page.texts[language]?.status;
    return JSON.stringify(
      `${language === 'zh' ? '中文' : 'English'} · ${status ? t(`status.${status}`) : ''}`,
    );
  };
  return { ['--label-zh' as string]: label('zh'), ['--label-en' as string]: label('en') };
}

/** One line under the picker: the region, who the customer contracts with, and the law. */
function RegionSummaryLine({
  card,
  changes,
  locale,
  t,
}: {
  card: NonNullable<AgreementPage['region']>['card'];
  changes: number | null;
  locale: Locale;
  t: TFunction;
}) {
  const facts = [card.entity.name?.[locale], card.law?.[locale]].filter(Boolean);
  return (
    <>
      <strong className="text-ink">{t('region.card')}:</strong>{' '}
      <span className="text-ink">{facts.join(' · ')}</span>
      {changes !== null && <> · {t('region.changesCount', { count: changes })}</>}
    </>
  );
}

/**
 * Printed at the top of the first page only: what a lawyer files needs to say what it is —
 * title, edition, region, official language, the page's address and the day it was printed
 * (filled in by the page's script; the build date without it).
 */
function PrintBlock({
  page,
  locale,
  path,
  t,
}: {
  page: AgreementPage;
  locale: Locale;
  path: string;
  t: TFunction;
}) {
  const text = page.texts[locale] ?? page.texts[page.official]!;
  return (
    <div className="print-block hidden border-b border-ink pb-2 text-[9pt] print:block">
      <p className="font-semibold">{t('site.name')}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3">
        <dt>{t('print.edition')}</dt>
        <dd lang={htmlLang(text.language)}>{editionOf(text.meta, t)}</dd>
        {page.region && (
          <>
            <dt>{t('print.region')}</dt>
            <dd>{page.region.card.name[locale]}</dd>
          </>
        )}
        <dt>{t('print.official')}</dt>
        <dd>{t(`language.${page.official}`)}</dd>
        <dt>{t('print.shown')}</dt>
        <dd className="print-shown" data-both={t('view.both')} data-zh={t('view.zh')} data-en={t('view.en')}>
          {page.languages.length === 1 ? t(`language.${page.official}`) : t('view.both')}
        </dd>
        <dt>{t('print.address')}</dt>
        <dd data-print-url={path}>{path}</dd>
        <dt>{t('print.date')}</dt>
        <dd data-print-date="">{t('print.dateWithoutScript')}</dd>
      </dl>
    </div>
  );
}

/** Once, at the top, for an agreement with its official text only: no per-row placeholders. */
function OneLanguageNotice({ page, t }: { page: AgreementPage; t: TFunction }) {
  const other = page.official === 'zh' ? 'en' : 'zh';
  return (
    <p
      className="one-language-notice my-2 border-l-3 border-reference bg-reference-tint px-3 py-2"
      role="note"
    >
      {t('status.oneLanguage', { language: t(`language.${page.official}`), other: t(`language.${other}`) })}
    </p>
  );
}

/**
 * A part's title in each language that prints one ("通用服务条款 · General Terms"), in column
 * order; each carries data-lang, so a one-language view shows its own only.
 */
function PartTitle({
  titles,
  order,
  fallback,
}: {
  titles: AgreementPage['parts'][number]['titles'];
  order: Language[];
  fallback: string;
}) {
  const present = order.filter((language) => titles[language]);
  if (present.length === 0) return <span>{fallback}</span>;
  return present.map((language, i) => (
    <Fragment key={language}>
      {i > 0 && (
        <span aria-hidden="true" className="title-separator">
          {' · '}
        </span>
      )}
      <span lang={htmlLang(language)} data-lang={language}>
        {titles[language]}
      </span>
    </Fragment>
  ));
}
