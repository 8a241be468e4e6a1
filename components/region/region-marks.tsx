import type { TFunction } from 'i18next';
import type { Agreement } from '@/lib/agreements';
import type { Locale } from '@/lib/i18n/config';
import type { Block, Language } from '@/lib/pipeline/types';
import type { RegionRow } from '@/lib/regions/apply-effects';
import { clauseHtml } from '../clause/clause-html';
import { htmlLang } from '@/lib/i18n/config';
import { itemName } from './region-labels';

const columns: Language[] = ['zh', 'en'];

/**
 * On a clause that reads differently in this region: which addendum item changed it and how,
 * linked to the item; the text as printed one click away; a conditional replacement's other text
 * with its condition.
 */
export function RegionMarks({
  row,
  regionName,
  agreement,
  locale,
  t,
}: {
  row: RegionRow;
  regionName: string;
  agreement: Agreement;
  locale: Locale;
  t: TFunction;
}) {
  if (row.status === 'original' && row.marks.length === 0) return null;
  return (
    <div className="region-marks" data-status={row.status}>
      {row.marks.map((mark) => (
        <p key={`${mark.kind}-${mark.item}`} className="region-mark" data-kind={mark.kind}>
          <a href={`#${mark.itemId}`}>
            {t(`region.status.${statusKey(mark.kind)}`, {
              region: regionName,
              item: itemName(mark.item, agreement, locale, t),
              condition: row.condition?.[locale] ?? '',
            })}
          </a>
        </p>
      ))}
      {row.replacement && (
        <div className="conditional-text">
          <p>{t('region.whenCondition', { condition: row.condition?.[locale] ?? '' })}</p>
          <BlockCells blocks={row.replacement} />
        </div>
      )}
      {row.original && row.original.length > 0 && (
        <details className="original-text">
          <summary>{t('region.showOriginal')}</summary>
          {row.original.map((original) => (
            <BlockCells key={original.id} blocks={original.blocks} />
          ))}
        </details>
      )}
    </div>
  );
}

/** A clause's text in both columns, as the row itself shows it: an original or a replacement. */
function BlockCells({ blocks }: { blocks: Partial<Record<Language, Block>> }) {
  return (
    <div className="clause-cells">
      {columns.map((language) => {
        const block = blocks[language];
        return block ? (
          <div key={language} className="clause-cell" data-lang={language} lang={htmlLang(language)}>
            <p dangerouslySetInnerHTML={{ __html: clauseHtml(block.content) }} />
          </div>
        ) : null;
      })}
    </div>
  );
}

function statusKey(kind: string): string {
  switch (kind) {
    case 'replace':
      return 'replaced';
    case 'add':
      return 'added';
    case 'annotate':
      return 'annotated';
    case 'modify-reference':
      return 'modified';
    case 'conditional-replace':
      return 'conditional';
    case 'entity':
      return 'entity';
    default:
      return 'whole-addendum';
  }
}
