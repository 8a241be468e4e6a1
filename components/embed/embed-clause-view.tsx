import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import { clauseLabel } from '@/lib/format';
import type { EmbedClause } from '@/lib/embed/embed-clause';
import type { Language } from '@/lib/pipeline/types';
import { HighlightIconSprite } from '../highlight/highlight-icon';
import { partTitle } from '../region/region-labels';
import { EmbedRow } from './embed-row';
import { NewTabLink } from './new-tab-link';
import { StatusBadge } from '../ui/status-badge';

/** "clause 11.5", or "Europe Addendum …, clause 7" outside the main part. */
export function embedClauseLabel(clause: EmbedClause, locale: Locale, t: TFunction): string {
  const row = clause.rows[0]!;
  const label = clauseLabel(row.ref, row.part, row.kind, t);
  return row.part === 'main'
    ? label
    : t('clause.inPart', { part: partTitle(row.part, clause, locale), clause: label });
}

/**
 * One clause for a console's iframe: which agreement and region, the clause's number, its text
 * in both languages with its marks, which text is official, and a link that opens the clause
 * in the full agreement in a new tab. No site header, no navigation: a plain document that
 * reads without JavaScript.
 */
export function EmbedClauseView({
  clause,
  locale,
  t,
}: {
  clause: EmbedClause;
  locale: Locale;
  t: TFunction;
}) {
  const label = embedClauseLabel(clause, locale, t);
  const text = clause.texts[locale] ?? clause.texts[clause.official]!;
  const language: Language = clause.texts[locale] ? locale : clause.official;
  const top = clause.rows[0]!.depth;
  return (
    <article
      data-embed="clause"
      data-clause={clause.ref}
      aria-labelledby="embed-title"
      className="p-3 sm:p-4"
    >
      <HighlightIconSprite />
      <header className="mb-1 flex flex-wrap items-end justify-between gap-x-4 gap-y-1 border-b border-line pb-2">
        <div className="min-w-0">
          <p className="m-0 text-sm text-muted">
            <span lang={htmlLang(language)}>{text.title}</span>
            {clause.region && <> · {t('embed.region', { region: clause.region.name[locale] })}</>}
          </p>
          <h1 id="embed-title" className="m-0 text-lg font-bold first-letter:uppercase">
            {label}
          </h1>
        </div>
        <NewTabLink href={clause.href} t={t}>
          {t('embed.openClause', { clause: label })}
        </NewTabLink>
      </header>
      <ColumnLabels clause={clause} t={t} />
      {clause.rows.map((row) => (
        <EmbedRow key={row.id} row={row} clause={clause} depth={row.depth - top} locale={locale} t={t} />
      ))}
      {clause.languages.length > 1 && <p className="m-0 mt-1 text-xs text-muted">{t('status.prevails')}</p>}
    </article>
  );
}

/** Above the text: each column's language and whether it is the official text. */
function ColumnLabels({ clause, t }: { clause: EmbedClause; t: TFunction }) {
  const columns: Language[] = clause.languages.length === 1 ? clause.languages : ['zh', 'en'];
  return (
    <div className={`${clause.languages.length === 1 ? 'grid' : 'clause-cells'} pt-2 text-xs`}>
      {columns.map((language) => {
        const status = clause.texts[language]?.status;
        return (
          <p key={language} data-lang={language} className="m-0 flex flex-wrap items-center gap-2">
            <span className="font-bold" lang={htmlLang(language)}>
              {language === 'zh' ? '中文' : 'English'}
            </span>
            {status && <StatusBadge status={status}>{t(`status.${status}`)}</StatusBadge>}
          </p>
        );
      })}
    </div>
  );
}
