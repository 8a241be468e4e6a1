import type { TFunction } from 'i18next';
import type { Agreement } from '@/lib/agreements';
import type { Locale } from '@/lib/i18n/config';

/** "eu-addendum.7" → "Europe Addendum to Alibaba Cloud Membership Agreement, item 7". */
export function itemName(item: string, agreement: Agreement, locale: Locale, t: TFunction): string {
  const [part, ...rest] = item.split('.');
  const text = agreement.texts[locale] ?? agreement.official;
  const title = text.meta.parts.find((p) => p.id === part)?.title ?? part;
  return t('region.item', { part: title, n: rest.join('.') });
}
