import { tags, type Tag } from '../highlights/types';
import type { Locale } from '../i18n/config';
import { islandSrc } from '../islands';
import { libraryEntries } from '../page/library';
import { loadRegions } from '../regions/load-regions';
import type { Language } from '../pipeline/types';

/** What the search page renders: the agreements for the filter, region names, the island. */
export interface SearchPageProps {
  locale: Locale;
  /** Each agreement's title in the interface language where it has one, else its official one. */
  agreements: { slug: string; title: string; language: Language }[];
  /** Region names in the interface language, for results only a region's view has (9.1(g)). */
  regions: Record<string, string>;
  /** Where the index is served (lib/search/search-index.ts writes it under public/). */
  index: string;
  script: string;
  /** The highlight categories a search can be narrowed to, in the legend's order. */
  highlights: Tag[];
}

export function searchPageProps(locale: Locale): SearchPageProps {
  const regions = loadRegions().data.regions;
  return {
    locale,
    agreements: libraryEntries().map((entry) => {
      const text = entry.texts[locale] ?? entry.texts[entry.official]!;
      return { slug: entry.slug, title: text.title, language: text.language };
    }),
    regions: Object.fromEntries(Object.entries(regions).map(([key, region]) => [key, region.name[locale]])),
    index: '/pagefind/',
    script: islandSrc('search'),
    highlights: [...tags],
  };
}
