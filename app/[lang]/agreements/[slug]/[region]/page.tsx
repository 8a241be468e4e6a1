import type { Metadata } from 'next';
import { agreementSlugs } from '@/lib/agreements';
import { locales } from '@/lib/i18n/config';
import { agreementRegions, loadRegions } from '@/lib/regions/load-regions';
import { agreementMetadata, renderAgreement } from '../agreement-page';

type Props = { params: Promise<{ lang: string; slug: string; region: string }> };

// One page per region that applies to the agreement; any other region is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  const data = loadRegions().data;
  return locales.flatMap((lang) =>
    agreementSlugs().flatMap((slug) =>
      (agreementRegions(slug, data)?.regions ?? []).map((region) => ({ lang, slug, region })),
    ),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug, region } = await params;
  return agreementMetadata(lang, slug, region);
}

export default async function AgreementRegionPage({ params }: Props) {
  const { lang, slug, region } = await params;
  return renderAgreement(lang, slug, region);
}
