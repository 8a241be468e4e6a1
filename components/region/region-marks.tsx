import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { Language } from '@/lib/pipeline/types';
import type { PageRow } from '@/lib/page/types';
import { htmlLang } from '@/lib/i18n/config';
import { ClauseCells } from '../clause/clause-row';
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
  // The texts beside a changed clause are washed like its own cells.
  const wash = region.status === 'replaced' || region.status === 'added' ? 'bg-region-wash' : '';
  const box = 'my-1 rounded border border-dashed border-line px-2 py-1';
  return (
    <div className="region-marks col-span-full text-[0.8rem]" data-status={region.status}>
      {region.marks.map((mark, i) => (
        <p
          key={`${mark.kind}-${mark.item}`}
          className={`region-mark mb-[0.15rem] ${i > 0 ? 'mt-1' : ''}`}
          data-kind={mark.kind}
        >
          <a
            href={`${agreementHref ?? ''}#${mark.itemId}`}
            {...(agreementHref ? { target: '_blank', rel: 'noopener' } : {})}
            className="inline-block min-h-6 rounded bg-region-tint px-[0.4rem] leading-6 font-semibold text-region no-underline"
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
        <div className={`conditional-text ${box}`}>
          <p>{t('region.whenCondition', { condition: region.condition?.[locale] ?? '' })}</p>
          <Cells cells={region.replacement} wash={wash} />
        </div>
      )}
      {region.original && region.original.length > 0 && (
        <details className={`original-text ${box}`}>
          <summary className="cursor-pointer text-accent">{t('region.showOriginal')}</summary>
          {region.original.map((original) => (
            <Cells key={original.id} cells={original.cells} wash={wash} />
          ))}
        </details>
      )}
    </div>
  );
}

/** A clause's text in both columns, as the row itself shows it: an original or a replacement. */
function Cells({ cells, wash }: { cells: Partial<Record<Language, string>>; wash: string }) {
  const present = columns.filter((language) => cells[language] !== undefined);
  return (
    <ClauseCells columns={2}>
      {present.map((language, i) => (
        <div
          key={language}
          className={`clause-cell ${language === 'zh' ? 'leading-[1.8]' : ''} ${i > 0 ? 'max-md:mt-1' : ''} ${wash}`}
          data-lang={language}
          lang={htmlLang(language)}
        >
          <p dangerouslySetInnerHTML={{ __html: cells[language]! }} />
        </div>
      ))}
    </ClauseCells>
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
