import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { AgreementList } from '@/components/library/agreement-list';
import { PageHead } from '@/components/site/page-head';
import { SiteHeader } from '@/components/site/site-header';
import { isLocale, locales, otherLocale, type Locale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { libraryGroups, type LibraryGroup } from '@/lib/page/library';
import { plain } from '@/lib/page/route-props';

type Props = { locale: Locale; groups: LibraryGroup[] };

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Only en and zh exist; any other first segment is a 404.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: locales.map((lang) => ({ params: { lang } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { lang: string }> = ({ params }) => {
  const lang = params?.lang ?? '';
  if (!isLocale(lang)) return { notFound: true };
  return { props: plain({ locale: lang, groups: libraryGroups() }) };
};

/** The library: every agreement in reading order, with both titles, its dates and which version is official. */
export default function LibraryPage({ locale, groups }: Props) {
  const t = getT(locale);
  return (
    <>
      <Head>
        <title>{`${t('library.title')} · ${t('site.name')}`}</title>
        <meta name="description" content={t('site.tagline')} />
      </Head>
      <PageHead locale={locale} path="" />
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}`} t={t} />
      <main id="main" className="library mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-3 text-[1.75rem] font-bold">{t('library.title')}</h1>
        <p className="text-muted">{t('library.intro')}</p>
        <AgreementList groups={groups} locale={locale} t={t} />
      </main>
    </>
  );
}
