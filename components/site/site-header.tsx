import Link from 'next/link';
import type { TFunction } from 'i18next';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/config';
import { SearchBox } from '../search/search-box';

/**
 * Site name, the search box (not on the search page, which has its own field) and the
 * interface-language switch, which keeps the reader on the same page.
 */
export function SiteHeader({
  locale,
  alternateHref,
  t,
  search = true,
}: {
  locale: Locale;
  alternateHref: string;
  t: TFunction;
  search?: boolean;
}) {
  const other = otherLocale(locale);
  return (
    <header className="site-header flex h-(--header-height) items-center justify-between gap-4 border-b border-line bg-paper px-4">
      <a href="#main" className="absolute -left-[9999px] z-50 bg-paper px-2 py-1 focus:top-2 focus:left-2">
        {t('site.skipToContent')}
      </a>
      <Link href={`/${locale}`} className="font-semibold text-ink no-underline">
        {t('site.name')}
      </Link>
      {search && <SearchBox locale={locale} t={t} />}
      <a
        href={alternateHref}
        hrefLang={htmlLang(other)}
        lang={htmlLang(other)}
        title={t('site.switchLanguageLabel')}
        className="language-switch"
      >
        {t('site.switchLanguage')}
      </a>
    </header>
  );
}
