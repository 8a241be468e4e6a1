import Head from 'next/head';
import type { Locale } from '@/lib/i18n/config';
import { pageLinks } from '@/lib/site';

/**
 * A page's canonical link and its language alternates (`hreflang` en, zh-CN, x-default), absolute
 * URLs on the site's origin (`SITE_URL`, lib/export/site.ts), the same alternates the sitemap gives. `path` follows the interface language:
 * "/agreements/mns-terms", "" for the library; `locale` null for the chooser at `/`. The 404
 * page has none.
 */
export function PageHead({ locale, path }: { locale: Locale | null; path: string }) {
  const { canonical, alternates } = pageLinks(locale, path);
  return (
    <Head>
      <link rel="canonical" href={canonical} key="canonical" />
      {alternates.map(({ hrefLang, href }) => (
        <link rel="alternate" hrefLang={hrefLang} href={href} key={`alternate-${hrefLang}`} />
      ))}
    </Head>
  );
}
