import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { Language } from '@/lib/pipeline/types';
import type { PageRow } from '@/lib/page/types';
import { htmlLang } from '@/lib/i18n/config';
import { itemName, type PartTitles } from './region-labels';

const columns: Language[] = ['zh', 'en'];

/**
 * On a clause that reads differently in this region: which addendum item changed it and how,
 * linked to the item; the text as printed one click away; a conditional replacement's other text
 * with its condition. In an embed of one clause the item is not on the page: `agreementHref`
 * names the agreement page, and the link opens the item there in a new tab.
 */
export function RegionMarks({
  row,
  regionName,
  page,
  locale,
  agreementHref,
  t,
}: {
  row: Pick<PageRow, 'region'>;
  regionName: string;
  page: PartTitles;
  locale: Locale;
  agreementHref?: string;
  t: TFunction;
}) {
  const region = row.region;
  if (region.status === 'original' && region.marks.length === 0) return null;
  return (
    <div className="region-marks" data-status={region.status}>
      {region.marks.map((mark) => (
        <p key={`${mark.kind}-${mark.item}`} className="region-mark" data-kind={mark.kind}>
          <a
            href={`${agreementHref ?? ''}#${mark.itemId}`}
            {...(agreementHref ? { target: '_blank', rel: 'noopener' } : {})}
          >
            {t(`region.status.${statusKey(mark.kind)}`, {
              region: regionName,
              item: itemName(mark.item, page, locale, t),
              condition: region.condition?.[locale] ?? '',
            })}
          </a>
        </p>
      ))}
      {region.replacement && (
        <div className="conditional-text">
          <p>{t('region.whenCondition', { condition: region.condition?.[locale] ?? '' })}</p>
          <Cells cells={region.replacement} />
        </div>
      )}
      {region.original && region.original.length > 0 && (
        <details className="original-text">
          <summary>{t('region.showOriginal')}</summary>
          {region.original.map((original) => (
            <Cells key={original.id} cells={original.cells} />
          ))}
        </details>
      )}
    </div>
  );
}

/** A clause's text in both columns, as the row itself shows it: an original or a replacement. */
function Cells({ cells }: { cells: Partial<Record<Language, string>> }) {
  return (
    <div className="clause-cells">
      {columns.map((language) => {
        const html = cells[language];
        return html !== undefined ? (
          <div key={language} className="clause-cell" data-lang={language} lang={htmlLang(language)}>
            <p dangerouslySetInnerHTML={{ __html: html }} />
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
