import type { ReactNode } from 'react';
import { assertLocale, htmlLang, locales } from '@/lib/i18n/config';

// Only en and zh exist; any other first segment is unmatched and gets the global 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const locale = assertLocale((await params).lang);
  return (
    <html lang={htmlLang(locale)}>
      <head>
        <noscript>
          <style>{'.needs-js{display:none!important}.clause-actions{min-height:0!important}'}</style>
        </noscript>
      </head>
      <body>{children}</body>
    </html>
  );
}
