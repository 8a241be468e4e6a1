import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { EmbedClause, EmbedRow as Row } from '@/lib/embed/embed-clause';
import type { Language } from '@/lib/pipeline/types';
import { HighlightMarks } from '../highlight/highlight-marks';
import { RegionMarks } from '../region/region-marks';

// Rows under the embedded clause (its items, its further paragraphs) are indented by depth.
const indent = ['', 'pl-4', 'pl-8', 'pl-12', 'pl-16'];

/**
 * One row of an embedded clause: its region marks (which addendum item changed it, the printed
 * text one click away), its highlight marks with the words that caused them, and its text in
 * each language, Chinese first as on the agreement page. Links open the agreement page.
 */
export function EmbedRow({
  row,
  clause,
  depth,
  locale,
  t,
}: {
  row: Row;
  clause: EmbedClause;
  /** Below the embedded clause: 0 for the clause itself. */
  depth: number;
  locale: Locale;
  t: TFunction;
}) {
  const columns: Language[] = clause.languages.length === 1 ? clause.languages : ['zh', 'en'];
  return (
    <div
      id={row.id}
      data-clause={row.ref}
      data-tags={row.tags.join(' ')}
      data-region-status={row.region.status}
      className={`grid gap-1 py-2 ${indent[Math.min(depth, indent.length - 1)]}`}
    >
      <RegionMarks
        row={row}
        regionName={clause.region?.name[locale] ?? ''}
        page={clause}
        locale={locale}
        agreementHref={clause.agreement}
        t={t}
      />
      <HighlightMarks marks={row.marks} t={t} />
      <div className={clause.languages.length === 1 ? 'grid' : 'clause-cells'}>
        {columns.map((language) => {
          const html = row.cells[language];
          const official = language === clause.official ? 'true' : 'false';
          return html === undefined ? (
            <div key={language} className="clause-cell" data-lang={language} data-official={official}>
              <p className="missing">{t('status.missingClause', { language: t(`language.${language}`) })}</p>
            </div>
          ) : (
            <div
              key={language}
              className="clause-cell"
              data-lang={language}
              data-official={official}
              lang={htmlLang(language)}
            >
              {row.kind === 'section' ? (
                <h2 className="m-0 text-[1.05rem] font-bold" dangerouslySetInnerHTML={{ __html: html }} />
              ) : (
                <p dangerouslySetInnerHTML={{ __html: html }} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
