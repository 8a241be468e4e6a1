import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import { SearchIcon } from './search-icon';

/**
 * The site header's search box: a plain GET form to the search page, so it works without
 * JavaScript. On a phone only its button shows (the header has no room for a field): it opens
 * the search page, whose own field takes the words.
 */
export function SearchBox({ locale, t }: { locale: Locale; t: TFunction }) {
  return (
    <form action={`/${locale}/search`} method="get" role="search" className="ml-auto flex items-center">
      <label htmlFor="site-search" className="sr-only">
        {t('search.box')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={t('search.placeholder')}
        className="hidden h-8 w-44 rounded-l border border-r-0 border-line bg-paper px-2 text-sm sm:block lg:w-60"
      />
      <button
        type="submit"
        aria-label={t('search.submit')}
        className="flex h-8 w-9 items-center justify-center rounded border border-line bg-tint text-ink hover:bg-line sm:rounded-l-none"
      >
        <SearchIcon />
      </button>
    </form>
  );
}
