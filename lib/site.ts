import { siteUrl } from './export/site';
import { defaultLocale, htmlLang, locales, type Locale } from './i18n/config';

/** A page's canonical URL and its language alternates, each absolute. */
export interface PageLinks {
  canonical: string;
  /** `hrefLang` as the pages' own `lang` (en, zh-CN), as the sitemap gives it (lib/site-files/sitemap.ts). */
  alternates: { hrefLang: string; href: string }[];
}

/**
 * The links that say which URL is a page's own and where its other-language versions are, on
 * the site's origin (`SITE_URL`, lib/export/site.ts, read when the pages are built). `path` is
 * what follows the interface language: "/agreements/mns-terms" (an agreement page in its default
 * region: the canonical of `/en/agreements/mns-terms/intl` too), "" for the library. `locale`
 * null is the language chooser at `/`. x-default, for readers of neither language: the chooser
 * for the library, the English interface for a page under it.
 */
export function pageLinks(locale: Locale | null, path: string, origin = siteUrl()): PageLinks {
  const url = (lang: Locale) => `${origin}/${lang}${path}`;
  return {
    canonical: locale ? url(locale) : `${origin}/`,
    alternates: [
      ...locales.map((lang) => ({ hrefLang: htmlLang(lang), href: url(lang) })),
      { hrefLang: 'x-default', href: path === '' ? `${origin}/` : url(defaultLocale) },
    ],
  };
}
