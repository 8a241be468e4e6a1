import type { TFunction } from 'i18next';
import { clauseLabel } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { ClauseSide, ComparedSide } from '@/lib/compare/types';

/** A side's name: its region ("Europe"), or the publication's title in the interface language. */
export function sideName(side: ComparedSide, locale: Locale): string {
  if (side.regionName) return side.regionName[locale];
  return (side.texts[locale] ?? side.texts[side.official])!.title;
}

/** Where a side's text is read whole: the agreement page (in the side's region). */
export function sidePath(side: ComparedSide, locale: Locale): string {
  return `/${locale}/agreements/${side.slug}${side.region ? `/${side.region}` : ''}`;
}

/** "clause 3.4", or with its part outside the main one: "Product-Specific Terms, clause 16". */
export function clauseName(clause: ClauseSide, side: ComparedSide, locale: Locale, t: TFunction): string {
  const label = clauseLabel(clause.ref, clause.part, clause.kind, t);
  if (clause.part === 'main') return label;
  const titles = side.parts[clause.part] ?? {};
  const part = titles[locale] ?? titles[side.official];
  return part ? t('clause.inPart', { part, clause: label }) : label;
}

/** "eu-addendum.7" → "Europe Addendum …, item 7", from the part titles the side prints. */
export function itemName(item: string, side: ComparedSide, locale: Locale, t: TFunction): string {
  const [part, ...rest] = item.split('.');
  const titles = side.parts[part] ?? {};
  return t('region.item', { part: titles[locale] ?? titles[side.official] ?? part, n: rest.join('.') });
}
