import type { GetStaticPaths, GetStaticProps } from 'next';
import Head from 'next/head';
import { AgreementList } from '@/components/library/agreement-list';
import { SiteHeader } from '@/components/site/site-header';
import { isLocale, locales, otherLocale, type Locale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { libraryEntries, type LibraryEntry } from '@/lib/page/library';
import { plain } from '@/lib/page/route-props';

type Props = { locale: Locale; agreements: LibraryEntry[] };

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

// Only en and zh exist; any other first segment is a 404.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: locales.map((lang) => ({ params: { lang } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { lang: string }> = ({ params }) => {
  const lang = params?.lang ?? '';
  if (!isLocale(lang)) return { notFound: true };
  return { props: plain({ locale: lang, agreements: libraryEntries() }) };
};

/** The library: every agreement with both titles, its edition and which version is official. */
export default function LibraryPage({ locale, agreements }: Props) {
  const t = getT(locale);
  return (
    <>
      <Head>
        <title>{`${t('library.title')} · ${t('site.name')}`}</title>
        <meta name="description" content={t('site.tagline')} />
      </Head>
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}`} t={t} />
      <main id="main" className="library">
        <h1>{t('library.title')}</h1>
        <p className="intro">{t('library.intro')}</p>
        <AgreementList agreements={agreements} locale={locale} t={t} />
      </main>
    </>
  );
}
