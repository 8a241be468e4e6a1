import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AgreementView } from '@/components/agreement/agreement-view';
import { SiteHeader } from '@/components/site/site-header';
import { loadAgreement } from '@/lib/agreements';
import { assertLocale, otherLocale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { consolidate } from '@/lib/regions/consolidate';
import { agreementRegions, loadRegions, regionOf } from '@/lib/regions/load-regions';

/** What the bare agreement route and each region route share: one agreement in one region. */
export function renderAgreement(lang: string, slug: string, region: string | null) {
  const locale = assertLocale(lang);
  const agreement = loadAgreement(slug);
  const regions = agreementRegions(slug, loadRegions().data);
  if (!agreement || !regions) notFound();
  const key = region ?? regions.default;
  const view = consolidate(agreement, key);
  if (!view) notFound();
  const t = getT(locale);
  const base = `/${locale}/agreements/${slug}`;
  const options = regions.regions.map((r) => ({
    key: r,
    name: regionOf(r, loadRegions().data)?.name[locale] ?? r,
    href: r === regions.default ? base : `${base}/${r}`,
  }));
  const path = region ? `${slug}/${region}` : slug;
  return (
    <>
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}/agreements/${path}`} t={t} />
      <main id="main">
        <AgreementView agreement={agreement} view={view} regions={options} locale={locale} t={t} />
      </main>
    </>
  );
}

export function agreementMetadata(lang: string, slug: string, region: string | null): Metadata {
  const locale = assertLocale(lang);
  const agreement = loadAgreement(slug);
  if (!agreement) return {};
  const t = getT(locale);
  const text = agreement.texts[locale] ?? agreement.official;
  const regionName = region ? regionOf(region, loadRegions().data)?.name[locale] : null;
  return {
    title: [text.meta.title, regionName, t('site.name')].filter(Boolean).join(' · '),
    description: `${text.meta.title}: ${t('site.tagline')}`,
  };
}
