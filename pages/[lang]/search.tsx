import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { HighlightIconSprite } from '@/components/highlight/highlight-icon';
import { SearchForm } from '@/components/search/search-form';
import { PageHead } from '@/components/site/page-head';
import { SiteHeader } from '@/components/site/site-header';
import { isLocale, locales, otherLocale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { plain } from '@/lib/page/route-props';
import { searchPageProps, type SearchPageProps } from '@/lib/search/search-page';

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => ({
  paths: locales.map((lang) => ({ params: { lang } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<SearchPageProps, { lang: string }> = ({ params }) => {
  const lang = params?.lang ?? '';
  if (!isLocale(lang)) return { notFound: true };
  return { props: plain(searchPageProps(lang)) };
};

/**
 * /en/search?q=…: one prerendered page for every query. islands/search.ts runs the query from
 * the URL against the Pagefind index and lists the clauses; without JavaScript the page says
 * that search needs it and where to read instead. The only page whose policy allows
 * WebAssembly (security-headers.mjs).
 */
export default function SearchPage({
  locale,
  agreements,
  regions,
  index,
  script,
  highlights,
}: SearchPageProps) {
  const t = getT(locale);
  // The island fills in "{count}" and "{query}".
  const texts = {
    'data-text-empty': t('search.empty'),
    'data-text-searching': t('search.searching'),
    'data-text-one': t('search.results_one', { count: '{count}', query: '{query}' }),
    'data-text-other': t('search.results_other', { count: '{count}', query: '{query}' }),
    'data-text-none': t('search.none', { query: '{query}' }),
    'data-text-failed': t('search.failed'),
    'data-text-region': t('search.regionView', { region: '{region}' }),
  };
  return (
    <>
      <Head>
        <title>{`${t('search.title')} · ${t('site.name')}`}</title>
        <meta name="description" content={t('search.intro')} />
      </Head>
      <PageHead locale={locale} path="/search" />
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}/search`} t={t} search={false} />
      <HighlightIconSprite />
      <main
        id="main"
        className="mx-auto max-w-3xl px-4 py-8"
        data-search-root
        data-locale={locale}
        data-index={index}
        data-regions={JSON.stringify(regions)}
        {...texts}
      >
        <h1 className="mb-2 text-3xl font-bold">{t('search.title')}</h1>
        <p className="mb-6 text-muted">{t('search.intro')}</p>
        <SearchForm locale={locale} agreements={agreements} highlights={highlights} t={t} />
        <noscript>
          <p className="mt-6 rounded border border-line bg-tint p-4" data-search-noscript>
            {t('search.noScript')} <Link href={`/${locale}`}>{t('site.home')}</Link>
          </p>
        </noscript>
        <p className="mt-6 font-semibold" role="status" data-search-status></p>
        <ol className="mt-4 grid list-none gap-5 p-0" data-search-results></ol>
        <button
          type="button"
          hidden
          data-search-more
          className="mt-6 rounded border border-line bg-tint px-4 py-2"
        >
          {t('search.more')}
        </button>
      </main>
      <script src={script} defer />
    </>
  );
}
