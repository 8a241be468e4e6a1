import type { ReactNode } from 'react';
import { assertLocale, htmlLang, locales } from '@/lib/i18n/config';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const locale = assertLocale((await params).lang);
  return (
    <html lang={htmlLang(locale)}>
      <head>
        <noscript>
          <style>{'.needs-js{display:none}'}</style>
        </noscript>
      </head>
      <body>{children}</body>
    </html>
  );
}
