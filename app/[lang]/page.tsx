import type { Metadata } from 'next';
import { AgreementList } from '@/components/library/agreement-list';
import { SiteHeader } from '@/components/site/site-header';
import { loadLibrary } from '@/lib/agreements';
import { assertLocale, otherLocale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getT(assertLocale((await params).lang));
  return { title: `${t('library.title')} · ${t('site.name')}`, description: t('site.tagline') };
}

export default async function LibraryPage({ params }: Props) {
  const locale = assertLocale((await params).lang);
  const t = getT(locale);
  return (
    <>
      <SiteHeader locale={locale} alternateHref={`/${otherLocale(locale)}`} t={t} />
      <main id="main" className="library">
        <h1>{t('library.title')}</h1>
        <p className="intro">{t('library.intro')}</p>
        <AgreementList agreements={loadLibrary()} locale={locale} t={t} />
      </main>
    </>
  );
}
