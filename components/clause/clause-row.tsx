import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
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
  /** The review report's address, where each acknowledged finding's reason is given. */
  report: string;
  /** In an embed: links out of the agreement open in a new tab. */
  embedded?: boolean;
  locale: Locale;
  t: TFunction;
}

/**
 * One clause id, both languages: the row carries the id (`clause-11.5`) that deep links and
 * alignment rely on; each cell carries its own `lang`. A cell with no text says why in words.
 * Attributes are few and short, the row being repeated hundreds of times: the region status only
 * where the region changed the clause.
 */
export function ClauseRow({
  row,
  page,
  columns,
  label,
  citing,
  regionName,
  report,
  embedded = false,
  locale,
  t,
}: ClauseRowProps) {
  return (
    <div
      id={row.id}
      data-region-status={row.region.status === 'original' ? undefined : row.region.status}
      data-tags={row.tags.join(' ')}
      // One class, styled in globals.css: the row is repeated hundreds of times, and its washes
      // (highlight, changed region) follow its data attributes there.
      className="clause-row"
      style={{
        ['--depth' as string]: Math.min(row.depth, 4),
        ['--lines' as string]: row.lines.narrow,
        ['--lines-wide' as string]: row.lines.wide,
        ['--lines-desk' as string]: row.lines.desk,
      }}
    >
      <RegionMarks row={row} regionName={regionName} page={page} locale={locale} t={t} />
      <HighlightMarks marks={row.marks} t={t} />
      <ClauseCells columns={columns.length}>
        {columns.map((language, i) => (
          <Cell
            key={language}
            language={language}
            html={row.cells[language]}
            kind={row.kind}
            official={language === page.official}
            exists={page.languages.includes(language)}
            first={i === 0}
            t={t}
          />
        ))}
      </ClauseCells>
      <ClauseActions id={row.id} label={label} t={t} />
      {row.notes.length > 0 && (
        <details className="col-span-full text-[0.8rem] text-muted">
          <summary className="cursor-pointer text-reference">{t('notes.clauseNote')}</summary>
          <ul lang="en">
            {row.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <ReferencedBy citing={citing} t={t} />
      <ClauseFindings
        id={row.id}
        findings={row.findings}
        corrections={row.corrections}
        label={label}
        report={report}
        newTab={embedded}
        t={t}
      />
    </div>
  );
}

/**
 * A clause's versions side by side from 768 px (stacked below), one column when the page shows
 * one. The class name `clause-cells` is what the view switches in globals.css read.
 */
export function ClauseCells({
  columns,
  className = '',
  children,
}: {
  columns: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`clause-cells ${columns > 1 ? '' : 'md:grid-cols-1'} ${className}`.trim()}>
      {children}
    </div>
  );
}

function Cell({
  language,
  html,
  kind,
  official,
  exists,
  first,
  t,
}: {
  language: Language;
  /** Escaped by lib/page/clause-html.ts. */
  html?: string;
  kind: PageRow['kind'];
  official: boolean;
  exists: boolean;
  first: boolean;
  t: TFunction;
}) {
  // The official text's bar is solid, the translation's dashed (globals.css, from
  // data-official): words on phones and in the column headings say the same.
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
        {/* Phones: the first cell's first line is the row actions' (a missing cell has no label). */}
        <p className={`missing text-[0.85rem] text-muted italic ${first ? 'max-md:pr-[4.75rem]' : ''}`}>
          {message}
        </p>
      </div>
    );
  }
  return (
    <div {...common} lang={htmlLang(language)}>
      {kind === 'section' ? (
        <h3
          className="section-heading mt-3 text-[1.05rem] font-bold"
          dangerouslySetInnerHTML={{ __html: html }}
        />
      ) : (
        <p dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
