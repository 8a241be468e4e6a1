import Link from 'next/link';
import type { TFunction } from 'i18next';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/config';

/** Site name and the interface-language switch, which keeps the reader on the same page. */
export function SiteHeader({
  locale,
  alternateHref,
  t,
}: {
  locale: Locale;
  alternateHref: string;
  t: TFunction;
}) {
  const other = otherLocale(locale);
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <Link href={`/${locale}`} className="site-name">
        {t('site.name')}
      </Link>
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
