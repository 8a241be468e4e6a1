import type { TFunction } from 'i18next';
import { HighlightIcon } from '@/components/highlight/highlight-icon';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { Tag } from '@/lib/highlights/types';
import { languages } from '@/lib/pipeline/types';
import { SearchIcon } from './search-icon';

export interface SearchAgreement {
  slug: string;
  /** In the interface language where the agreement has it, else in its official language. */
  title: string;
  language: 'en' | 'zh';
}

/**
 * The search page's form: the words, and the filters as plain controls (agreement, language of
 * the text, highlight categories). It submits to the page itself with GET; islands/search.ts
 * reads the URL, fills the controls in and runs the search, and reads the labels here to name
 * each result's agreement, language and categories.
 */
export function SearchForm({
  locale,
  agreements,
  highlights,
  t,
}: {
  locale: Locale;
  agreements: SearchAgreement[];
  /** The highlight categories to filter by, from the page's props (lib/search/search-page.ts). */
  highlights: Tag[];
  t: TFunction;
}) {
  const field = 'rounded border border-line bg-paper px-2 py-1';
  return (
    <form action={`/${locale}/search`} method="get" role="search" data-search className="grid min-w-0 gap-4">
      <div>
        <label htmlFor="search-query" className="mb-1 block font-semibold">
          {t('search.query')}
        </label>
        <div className="flex">
          <input
            id="search-query"
            type="search"
            name="q"
            className={`${field} h-10 min-w-0 flex-1 rounded-r-none text-base`}
            autoComplete="off"
          />
          <button
            type="submit"
            className="flex h-10 items-center gap-2 rounded-r border border-accent bg-accent px-4 font-semibold text-paper"
          >
            <SearchIcon />
            {t('search.submit')}
          </button>
        </div>
      </div>
      <fieldset className="flex min-w-0 flex-wrap items-end gap-x-6 gap-y-3 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">{t('search.filters')}</legend>
        {/* The longest title would widen the form past a phone's width: the select shrinks. */}
        <label className="grid min-w-0 max-w-full gap-1 text-sm">
          {t('search.agreement')}
          <select name="agreement" className={`${field} w-full min-w-0`} defaultValue="">
            <option value="">{t('search.allAgreements')}</option>
            {agreements.map((agreement) => (
              <option key={agreement.slug} value={agreement.slug} lang={htmlLang(agreement.language)}>
                {agreement.title}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          {t('search.textLanguage')}
          <select name="text" className={field} defaultValue="">
            <option value="">{t('search.bothLanguages')}</option>
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="grid gap-1 text-sm">
          <legend className="mb-1">{t('search.only')}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {highlights.map((tag) => (
              <label key={tag} className="flex items-center gap-1.5">
                <input type="checkbox" name="highlight" value={tag} />
                <HighlightIcon tag={tag} />
                {t(`highlight.${tag}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
    </form>
  );
}
