import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import { otherLocale } from '@/lib/i18n/config';
import type { AgreementRouteProps } from '@/lib/page/route-props';
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
      </Head>
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}/agreements/${path}`} t={t} />
      <main id="main">
        <AgreementView page={page} sharedTerms={sharedTerms} locale={locale} t={t} />
      </main>
      <script src={script} defer />
    </>
  );
}
