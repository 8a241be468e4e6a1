import type { TFunction } from 'i18next';
import type { Row } from '@/lib/pipeline/align';
import type { Block, Language, Repair } from '@/lib/pipeline/types';
import { htmlLang } from '@/lib/i18n/config';
import { clauseHtml } from './clause-html';
import { ClauseActions } from './clause-actions';
import { ClauseFindings } from '../review/clause-findings';
import { ReferencedBy } from '../references/referenced-by';
import { RegionMarks } from '../region/region-marks';
import { HighlightMarks } from '../highlight/highlight-marks';
import { placeholderLines } from './placeholder-lines';
import type { ClauseHighlight } from '@/lib/highlights/types';
import type { RegionRow } from '@/lib/regions/apply-effects';
import type { Agreement } from '@/lib/agreements';
import type { Locale } from '@/lib/i18n/config';
import type { Finding } from '@/lib/bilingual/types';

export interface ClauseRowProps {
  row: Row;
  /** Which languages the agreement has at all, and which one is official. */
  available: Language[];
  official: Language;
  label: string;
  notes: Repair[];
  findings: Finding[];
  /** The clauses that cite this one, with their labels. */
  citing: { ref: string; label: string }[];
  /** The row as it reads in the region shown, and what the region page needs to name its marks. */
  region: { row: RegionRow; name: string; agreement: Agreement; locale: Locale };
  /** The clause pair's highlight tags and why; absent for a row the classifier did not see. */
  highlight?: ClauseHighlight;
  t: TFunction;
}

const columns: Language[] = ['zh', 'en'];

/**
 * One clause id, both languages: the row carries the id and `data-clause` that deep links and
 * alignment rely on; each cell carries its own `lang`. A cell with no text says why in words.
 */
export function ClauseRow({
  row,
  available,
  official,
  label,
  notes,
  findings,
  citing,
  region,
  highlight,
  t,
}: ClauseRowProps) {
  const lines = placeholderLines(region.row, highlight, notes.length + citing.length);
  return (
    <div
      id={row.id}
      data-clause={row.ref}
      data-kind={row.kind}
      data-region-status={region.row.status}
      data-tags={(highlight?.tags ?? []).join(' ')}
      className="clause-row"
      style={{
        ['--depth' as string]: Math.min(row.depth, 4),
        ['--lines' as string]: lines.narrow,
        ['--lines-wide' as string]: lines.wide,
      }}
    >
      <RegionMarks
        row={region.row}
        regionName={region.name}
        agreement={region.agreement}
        locale={region.locale}
        t={t}
      />
      {highlight && <HighlightMarks highlight={highlight} t={t} />}
      <div className="clause-cells">
        {columns.map((language) => (
          <Cell
            key={language}
            language={language}
            block={row.blocks[language]}
            kind={row.kind}
            official={language === official}
            exists={available.includes(language)}
            t={t}
          />
        ))}
      </div>
      <ClauseActions id={row.id} label={label} t={t} />
      {notes.length > 0 && (
        <details className="clause-note">
          <summary>{t('notes.clauseNote')}</summary>
          <ul lang="en">
            {notes.map((note, i) => (
              <li key={i}>{note.note}</li>
            ))}
          </ul>
        </details>
      )}
      <ReferencedBy citing={citing} t={t} />
      <ClauseFindings findings={findings} label={label} t={t} />
    </div>
  );
}

function Cell({
  language,
  block,
  kind,
  official,
  exists,
  t,
}: {
  language: Language;
  block?: Block;
  kind: Row['kind'];
  official: boolean;
  exists: boolean;
  t: TFunction;
}) {
  const common = {
    'data-lang': language,
    'data-official': official ? 'true' : 'false',
    className: 'clause-cell',
  };
  if (!block) {
    const message = exists
      ? t('status.missingClause', { language: t(`language.${language}`) })
      : t('status.missing', { language: t(`language.${language}`) });
    return (
      <div {...common} data-missing="true">
        <p className="missing">{message}</p>
      </div>
    );
  }
  const html = clauseHtml(block.content);
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
