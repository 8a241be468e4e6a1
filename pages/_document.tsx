import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { htmlLang, isLocale } from '@/lib/i18n/config';

/**
 * The HTML shell of every page. `<html lang>` follows the page's interface language (its
 * `locale` prop; English for the chooser and the 404 page, which speak both). Pages that need
 * JavaScript for a control mark it `needs-js`; without JavaScript it is hidden.
 */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const locale = (__NEXT_DATA__.props as { pageProps?: { locale?: string } }).pageProps?.locale;
  return (
    <Html lang={locale && isLocale(locale) ? htmlLang(locale) : 'en'}>
      <Head>
        {/* The .ico for browsers and tools without SVG icons; the SVG wherever it is read. */}
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <noscript>
          <style>{'.needs-js{display:none!important}.clause-actions{min-height:0!important}'}</style>
        </noscript>
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
