import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';

/** What naming a part needs of the page model: its official language and its parts' titles. */
export type PartTitles = Pick<AgreementPage, 'official'> & {
  parts: Pick<AgreementPage['parts'][number], 'id' | 'titles'>[];
};

/** An addendum part's title in the interface language where it has one, else the other's. */
export function partTitle(part: string, page: PartTitles, locale: Locale): string {
  const titles = page.parts.find((p) => p.id === part)?.titles ?? {};
  return titles[locale] ?? titles[page.official] ?? part;
}

/** "eu-addendum.7" → "Europe Addendum to Alibaba Cloud Membership Agreement, item 7". */
export function itemName(item: string, page: PartTitles, locale: Locale, t: TFunction): string {
  const [part, ...rest] = item.split('.');
  return t('region.item', { part: partTitle(part, page, locale), n: rest.join('.') });
}
