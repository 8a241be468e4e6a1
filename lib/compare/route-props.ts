import { agreementSlugs } from '../agreements';
import { isLocale, locales, type Locale } from '../i18n/config';
import { plain } from '../page/route-props';
import { loadRegions, regionOf } from '../regions/load-regions';
import type { Bilingual } from '../regions/schema';
import { publicationComparison, publicationPairs, regionComparison, regionPairs } from './comparisons';
import type { Comparison } from './types';

/** What a compare route hands its page. */
export interface CompareRouteProps {
  locale: Locale;
  comparison: Comparison;
  /** The paths (without the language) of this comparison, of the same one with its sides swapped, and of the canonical order. */
  paths: { self: string; swapped: string; canonical: string };
  /** Regions: side a's region with each other region of the agreement, for moving on. */
  others: { region: string; name: Bilingual; path: string }[];
}

/** `/{lang}/compare/{a}/{b}`: null unless the two publications share their terms (a 404). */
export function publicationCompareProps(lang: string, a: string, b: string): CompareRouteProps | null {
  if (!isLocale(lang)) return null;
  const comparison = publicationComparison(a, b);
  if (!comparison) return null;
  const canonical = publicationPairs().find(([x, y]) => (x === a && y === b) || (x === b && y === a))!;
  return plain({
    locale: lang,
    comparison,
    paths: {
      self: `/compare/${a}/${b}`,
      swapped: `/compare/${b}/${a}`,
      canonical: `/compare/${canonical[0]}/${canonical[1]}`,
    },
    others: [],
  });
}

/** Both orders of every pair of publications that share their terms, in each language. */
export function publicationComparePaths() {
  return locales.flatMap((lang) =>
    publicationPairs().flatMap(([a, b]) => [{ params: { lang, a, b } }, { params: { lang, a: b, b: a } }]),
  );
}

/** `/{lang}/agreements/{slug}/compare/{a}/{b}`: null unless both regions apply (a 404). */
export function regionCompareProps(
  lang: string,
  slug: string,
  a: string,
  b: string,
): CompareRouteProps | null {
  if (!isLocale(lang) || !agreementSlugs().includes(slug)) return null;
  const comparison = regionComparison(slug, a, b);
  if (!comparison) return null;
  const base = `/agreements/${slug}/compare`;
  const canonical = regionPairs(slug).find(([x, y]) => (x === a && y === b) || (x === b && y === a))!;
  const others = regionPairs(slug)
    .flatMap(([x, y]) => [
      [x, y],
      [y, x],
    ])
    .filter(([x, y]) => x === a && y !== b)
    .map(([x, y]) => ({ region: y, name: regionOf(y, loadRegions().data)!.name, path: `${base}/${x}/${y}` }));
  return plain({
    locale: lang,
    comparison,
    paths: {
      self: `${base}/${a}/${b}`,
      swapped: `${base}/${b}/${a}`,
      canonical: `${base}/${canonical[0]}/${canonical[1]}`,
    },
    others,
  });
}

/** Both orders of every pair of regions of every agreement that has more than one, in each language. */
export function regionComparePaths() {
  return locales.flatMap((lang) =>
    agreementSlugs().flatMap((slug) =>
      regionPairs(slug).flatMap(([a, b]) => [
        { params: { lang, slug, a, b } },
        { params: { lang, slug, a: b, b: a } },
      ]),
    ),
  );
}
