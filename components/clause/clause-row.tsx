import type { TFunction } from 'i18next';
import type { Language } from '@/lib/pipeline/types';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { AgreementPage, PageRow } from '@/lib/page/types';
import { ClauseActions } from './clause-actions';
import { ClauseFindings } from '../review/clause-findings';
import { ReferencedBy } from '../references/referenced-by';
import { RegionMarks } from '../region/region-marks';
import { HighlightMarks } from '../highlight/highlight-marks';

export interface ClauseRowProps {
  row: PageRow;
  /** For the languages the agreement has, which one is official, and its part titles. */
  page: AgreementPage;
  label: string;
  /** The clauses that cite this one, with their labels. */
  citing: { ref: string; label: string }[];
  /** The languages in column order: the interface language's version first. */
  columns: Language[];
  regionName: string;
  locale: Locale;
  t: TFunction;
}

/**
 * One clause id, both languages: the row carries the id and `data-clause` that deep links and
 * alignment rely on; each cell carries its own `lang`. A cell with no text says why in words.
 */
export function ClauseRow({ row, page, columns, label, citing, regionName, locale, t }: ClauseRowProps) {
  return (
    <div
      id={row.id}
      data-clause={row.ref}
      data-kind={row.kind}
      data-region-status={row.region.status}
      data-tags={row.tags.join(' ')}
      className="clause-row"
      style={{
        ['--depth' as string]: Math.min(row.depth, 4),
        ['--lines' as string]: row.lines.narrow,
        ['--lines-wide' as string]: row.lines.wide,
      }}
    >
      <RegionMarks row={row} regionName={regionName} page={page} locale={locale} t={t} />
      <HighlightMarks marks={row.marks} t={t} />
      <div className="clause-cells">
        {columns.map((language) => (
          <Cell
            key={language}
            language={language}
            html={row.cells[language]}
            kind={row.kind}
            official={language === page.official}
            exists={page.languages.includes(language)}
            t={t}
          />
        ))}
      </div>
      <ClauseActions id={row.id} label={label} t={t} />
      {row.notes.length > 0 && (
        <details className="clause-note">
          <summary>{t('notes.clauseNote')}</summary>
          <ul lang="en">
            {row.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <ReferencedBy citing={citing} t={t} />
      <ClauseFindings findings={row.findings} corrections={row.corrections} label={label} t={t} />
    </div>
  );
}

function Cell({
  language,
  html,
  kind,
  official,
  exists,
  t,
}: {
  language: Language;
  /** Escaped by lib/page/clause-html.ts. */
  html?: string;
  kind: PageRow['kind'];
  official: boolean;
  exists: boolean;
  t: TFunction;
}) {
  const common = {
    'data-lang': language,
    'data-official': official ? 'true' : 'false',
    className: 'clause-cell',
  };
  if (html === undefined) {
    const message = exists
      ? t('status.missingClause', { language: t(`language.${language}`) })
      : t('status.missing', { language: t(`language.${language}`) });
    return (
      <div {...common} data-missing="true">
        <p className="missing">{message}</p>
      </div>
    );
  }
  return (
    <div {...common} lang={htmlLang(language)}>
      {kind === 'section' ? (
        <h3 className="section-heading" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
