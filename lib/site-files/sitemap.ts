import { htmlLang, locales } from '../i18n/config';
import { agreementPagePath } from '../export/site';

/**
 * Every page of the site once, by its path after the interface language: '' (the library,
 * /en and /zh), '/search', '/agreements/mns-terms', '/agreements/membership-agreement/eu' — the
 * pages `getStaticPaths` prerenders that are their own canonical: each agreement, and each region
 * that applies to it but its default (`…/membership-agreement/intl` is the bare agreement URL's
 * page, which it names as canonical: components/site/page-head.tsx), and each agreement's review
 * report where it has one (`review`). The embed views (frames for consoles, noindex) are left out.
 */
export function sitePages(
  agreements: { slug: string; regions: string[]; default?: string; review?: boolean }[],
): string[] {
  return [
    '',
    '/search',
    ...agreements.flatMap(({ slug, regions, default: byDefault, review }) => [
      agreementPagePath('', slug).slice(1),
      ...regions
        .filter((region) => region !== byDefault)
        .map((region) => agreementPagePath('', slug, region).slice(1)),
      ...(review ? [`${agreementPagePath('', slug).slice(1)}/review`] : []),
    ]),
  ];
}

/**
 * sitemap.xml: one <url> per page per interface language, each listing all its language
 * versions as `xhtml:link rel="alternate"` (hreflang as the pages' own `lang`: en, zh-CN) and an
 * x-default — the language chooser `/` for the library, the English interface elsewhere.
 * The chooser is listed too, with the library's alternates.
 */
export function sitemapXml(site: string, pages: string[]): string {
  const urls = pages.flatMap((page) => {
    const alternates = [
      ...locales.map((locale) => ({ hreflang: htmlLang(locale), href: `${site}/${locale}${page}` })),
      { hreflang: 'x-default', href: page === '' ? `${site}/` : `${site}/en${page}` },
    ];
    const locs =
      page === ''
        ? [`${site}/`, ...alternates.slice(0, -1).map((a) => a.href)]
        : alternates.slice(0, -1).map((a) => a.href);
    return locs.map((loc) =>
      [
        '  <url>',
        `    <loc>${escapeXml(loc)}</loc>`,
        ...alternates.map(
          (a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`,
        ),
        '  </url>',
      ].join('\n'),
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
