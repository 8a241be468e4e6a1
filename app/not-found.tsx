import Link from 'next/link';
import type { Metadata } from 'next';
import { htmlLang, locales } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';

export const metadata: Metadata = { title: '404 · Page not found · 页面不存在' };

// Every unknown URL is answered by this one prerendered page (status 404). It says it in both
// languages; under /en/ or /zh/ a one-line script keeps only that language's half.
const pickLanguage = `(function(){var m=/^\\/(en|zh)(\\/|$)/.exec(location.pathname);if(!m)return;var keep=m[1];document.documentElement.lang=keep==='zh'?'zh-CN':'en';document.querySelectorAll('[data-not-found]').forEach(function(el){if(el.getAttribute('data-not-found')!==keep)el.hidden=true;});})();`;

export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          {locales.map((locale) => {
            const t = getT(locale);
            return (
              <section key={locale} data-not-found={locale} lang={htmlLang(locale)}>
                <h1>{t('notFound.title')}</h1>
                <p>{t('notFound.body')}</p>
                <p>
                  <Link href={`/${locale}`}>{t('notFound.back')}</Link>
                </p>
              </section>
            );
          })}
        </main>
        <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      </body>
    </html>
  );
}
