import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AgreementView } from '@/components/agreement/agreement-view';
import { SiteHeader } from '@/components/site/site-header';
import { agreementSlugs, loadAgreement } from '@/lib/agreements';
import { assertLocale, locales, otherLocale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';

type Props = { params: Promise<{ lang: string; slug: string }> };

// Every agreement is prerendered; any other slug is unmatched and gets the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((lang) => agreementSlugs().map((slug) => ({ lang, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const locale = assertLocale(lang);
  const agreement = loadAgreement(slug);
  if (!agreement) return {};
  const text = agreement.texts[locale] ?? agreement.official;
  return { title: `${text.meta.title} · ${getT(locale)('site.name')}` };
}

export default async function AgreementPage({ params }: Props) {
  const { lang, slug } = await params;
  const locale = assertLocale(lang);
  const agreement = loadAgreement(slug);
  if (!agreement) notFound();
  const t = getT(locale);
  return (
    <>
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}/agreements/${slug}`} t={t} />
      <main id="main">
        <AgreementView agreement={agreement} locale={locale} t={t} />
      </main>
    </>
  );
}
