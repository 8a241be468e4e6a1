import { defaultLocale, locales, type Locale } from './i18n/config';

/**
 * The site's public origin, for the absolute URLs that canonical and alternate links need. Read
 * from `SITE_URL` when the pages are built (they are prerendered, so a change needs a rebuild);
 * `https://terms.example.com` when unset. Set it to the address readers use:
 * `SITE_URL=https://terms.example.org npm run build`.
 */
export const defaultSiteUrl = 'https://terms.example.com';

/** The origin of `SITE_URL` ("https://terms.example.org", no trailing slash); throws when it is no http(s) origin. */
export function siteOrigin(value: string | undefined = process.env.SITE_URL): string {
  const text = value?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `SITE_URL is not a URL: ${JSON.stringify(text)}; give the site's origin, e.g. https://terms.example.org`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(
      `SITE_URL must be an http(s) origin without a path, e.g. https://terms.example.org (got ${JSON.stringify(text)})`,
    );
  return url.origin;
}

/** A page's canonical URL and its language alternates, each absolute. */
export interface PageLinks {
  canonical: string;
  alternates: { hrefLang: Locale | 'x-default'; href: string }[];
}

/**
 * The links that say which URL is a page's own and where its other-language versions are.
 * `path` is what follows the interface language: "/agreements/mns-terms" (an agreement page in
 * its default region: the canonical of `/en/agreements/mns-terms/intl` too), "" for the library.
 * `locale` null is the language chooser at `/`. x-default, for readers of neither language: the
 * chooser for the library, the English interface for a page under it.
 */
export function pageLinks(locale: Locale | null, path: string, origin = siteOrigin()): PageLinks {
  const url = (lang: Locale) => `${origin}/${lang}${path}`;
  return {
    canonical: locale ? url(locale) : `${origin}/`,
    alternates: [
      ...locales.map((lang) => ({ hrefLang: lang, href: url(lang) })),
      { hrefLang: 'x-default' as const, href: path === '' ? `${origin}/` : url(defaultLocale) },
    ],
  };
}
