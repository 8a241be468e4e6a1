import type { GetStaticProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { PageHead } from '@/components/site/page-head';
import { getT } from '@/lib/i18n/server';
import { islandSrc } from '@/lib/islands';

type Props = { script: string };

export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { script: islandSrc('chooser') } });

/**
 * `/`: islands/chooser.ts sends a browser that prefers Chinese to /zh, others to /en; the links
 * are the fallback and stay visible, so the choice works with JavaScript off.
 */
export default function LanguageChooser({ script }: Props) {
  const en = getT('en');
  const zh = getT('zh');
  return (
    <>
      <Head>
        <title>Bilingual Terms Viewer · 双语条款阅读器</title>
        <meta
          name="description"
          content="Alibaba Cloud agreements in Chinese and English, clause by clause."
        />
        {/* In the head, so the browser moves on before it draws the chooser. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src={script} />
      </Head>
      <PageHead locale={null} path="" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="mb-3 text-[1.75rem] font-bold">
          {en('site.name')} · <span lang="zh-CN">{zh('site.name')}</span>
        </h1>
        <p>
          {en('site.tagline')} <span lang="zh-CN">{zh('site.tagline')}</span>
        </p>
        <ul className="flex gap-4 text-[1.25rem]">
          <li>
            <Link href="/en" hrefLang="en">
              {en('chooser.english')}
            </Link>
          </li>
          <li>
            <Link href="/zh" hrefLang="zh-CN" lang="zh-CN">
              {zh('chooser.chinese')}
            </Link>
          </li>
        </ul>
      </main>
    </>
  );
}
