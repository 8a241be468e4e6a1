import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import { otherLocale } from '@/lib/i18n/config';
import type { AgreementRouteProps } from '@/lib/page/route-props';
import { PageHead } from '../site/page-head';
import { SiteHeader } from '../site/site-header';
import { AgreementView } from './agreement-view';

/** One agreement page as a document: title, the site header, the view, and its one script. */
export function AgreementDocument({ locale, page, script, sharedTerms }: AgreementRouteProps) {
  const t = getT(locale);
  const text = page.texts[locale] ?? page.texts[page.official]!;
  const region = page.region && !page.region.isDefault ? page.region : null;
  const path = region ? `${page.slug}/${region.key}` : page.slug;
  const title = [text.title, region?.card.name[locale], t('site.name')].filter(Boolean).join(' · ');
  return (
    <>
      <Head>
        <title>{title}</title>
        <meta name="description" content={`${text.title}: ${t('site.tagline')}`} />
        {/* Printed pages carry the title and region at the top, the address at the bottom. */}
        <style dangerouslySetInnerHTML={{ __html: printHeader(title, `/${locale}/agreements/${path}`) }} />
      </Head>
      <PageHead locale={locale} path={`/agreements/${path}`} />
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}/agreements/${path}`} t={t} />
      <main id="main">
        <AgreementView page={page} sharedTerms={sharedTerms} locale={locale} t={t} />
      </main>
      <script src={script} defer />
    </>
  );
}

/** The @page margin boxes of this page: text as CSS strings, nothing that can end the style. */
function printHeader(title: string, path: string): string {
  const css = (text: string) =>
    `"${text.replace(/[\\"<>\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
  const box = 'font-size: 8pt; color: #57606a;';
  return `@page { @top-left { content: ${css(title)}; ${box} } @bottom-left { content: ${css(path)}; ${box} } }`;
}
