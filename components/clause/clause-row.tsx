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
  locale: Locale;
  t: TFunction;
}

/**
 * One clause id, both languages: the row carries the id and `data-clause` that deep links and
 * alignment rely on; each cell carries its own `lang`. A cell with no text says why in words.
 */
export function ClauseRow({ row, page, columns, label, citing, regionName, locale, t }: ClauseRowProps) {
  // A changed clause's cells are washed in the region's colour; a highlighted clause's cells in
  // its category's (liability over deletion). The highlight switches clear the wash in
  // globals.css (they are read with :has()).
  const changed = row.region.status === 'replaced' || row.region.status === 'added';
  const wash = row.tags.includes('liability')
    ? 'bg-liability-tint'
    : row.tags.includes('deletion')
      ? 'bg-deletion-tint'
      : '';
  return (
    <div
      id={row.id}
      data-clause={row.ref}
      data-kind={row.kind}
      data-region-status={row.region.status}
      data-tags={row.tags.join(' ')}
      className={
        'clause-row relative grid scroll-mt-[calc(var(--toolbar-height)+0.75rem)] grid-cols-1 border-b border-tint py-[0.35rem] pl-[calc(var(--depth,0)*0.5rem)] ' +
        'md:grid-cols-[minmax(0,1fr)_4.5rem] md:gap-x-2 md:pl-[calc(var(--depth,0)*1rem)] ' +
        'target:bg-target target:outline-3 target:outline-offset-2 target:outline-accent'
      }
      style={{
        ['--depth' as string]: Math.min(row.depth, 4),
        ['--lines' as string]: row.lines.narrow,
        ['--lines-wide' as string]: row.lines.wide,
      }}
    >
      <RegionMarks row={row} regionName={regionName} page={page} locale={locale} t={t} />
      <HighlightMarks marks={row.marks} t={t} />
      <ClauseCells
        columns={columns.length}
        className={`${wash} ${page.languages.length === 1 ? 'max-md:pr-[4.75rem]' : ''}`}
      >
        {columns.map((language, i) => (
          <Cell
            key={language}
            language={language}
            html={row.cells[language]}
            kind={row.kind}
            official={language === page.official}
            exists={page.languages.includes(language)}
            first={i === 0}
            className={`${i > 0 ? 'max-md:mt-1' : ''} ${changed ? 'bg-region-wash' : ''}`}
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
      <ClauseFindings findings={row.findings} corrections={row.corrections} label={label} t={t} />
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
    <div
      className={`clause-cells grid grid-cols-1 gap-x-6 gap-y-1 ${columns > 1 ? 'md:grid-cols-2' : ''} ${className}`}
    >
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
  className,
  t,
}: {
  language: Language;
  /** Escaped by lib/page/clause-html.ts. */
  html?: string;
  kind: PageRow['kind'];
  official: boolean;
  exists: boolean;
  first: boolean;
  className: string;
  t: TFunction;
}) {
  // The official text's bar is solid, the translation's dashed: words on phones and in the
  // column headings say the same.
  const common = {
    'data-lang': language,
    'data-official': official ? 'true' : 'false',
    className: `clause-cell border-l-2 pl-2 ${official ? 'border-official' : 'border-dashed border-line'} ${
      language === 'zh' && html !== undefined ? 'leading-[1.8]' : ''
    } ${className}`,
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
