import type { GetStaticProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { htmlLang, locales } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { islandSrc } from '@/lib/islands';

type Props = { script: string };

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { script: islandSrc('not-found') } });

/**
 * Every unknown URL is answered by this one prerendered page (status 404). It says it in both
 * languages; under /en/ or /zh/ islands/not-found.ts keeps only that language's half.
 */
export default function NotFound({ script }: Props) {
  return (
    <>
      <Head>
        <title>404 · Page not found · 页面不存在</title>
      </Head>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {locales.map((locale) => {
          const t = getT(locale);
          return (
            <section key={locale} data-not-found={locale} lang={htmlLang(locale)}>
              <h1 className="mb-3 text-[1.75rem] font-bold">{t('notFound.title')}</h1>
              <p>{t('notFound.body')}</p>
              <p>
                <Link href={`/${locale}`}>{t('notFound.back')}</Link>
              </p>
            </section>
          );
        })}
      </main>
      {/* Before the first paint, so the other language's half never shows and then moves away. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script src={script} />
    </>
  );
}
