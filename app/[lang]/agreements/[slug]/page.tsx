import type { Metadata } from 'next';
import { agreementSlugs } from '@/lib/agreements';
import { locales } from '@/lib/i18n/config';
import { agreementMetadata, renderAgreement } from './agreement-page';

type Props = { params: Promise<{ lang: string; slug: string }> };

// Every agreement is prerendered; any other slug is unmatched and gets the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((lang) => agreementSlugs().map((slug) => ({ lang, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  return agreementMetadata(lang, slug, null);
}

/** The agreement in its default region (intl, or cn for the Chinese agreements), with the picker. */
export default async function AgreementPage({ params }: Props) {
  const { lang, slug } = await params;
  return renderAgreement(lang, slug, null);
}
