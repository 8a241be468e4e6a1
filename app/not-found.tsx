import Link from 'next/link';
import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';

export const metadata: Metadata = { title: '404 · Page not found · 页面不存在' };

// Every unknown URL is answered by this one prerendered page (status 404). It says it in both
// languages; under /en/ or /zh/ a one-line script keeps only that language's half.
const pickLanguage = `(function(){var m=/^\\/(en|zh)(\\/|$)/.exec(location.pathname);if(!m)return;var keep=m[1];document.documentElement.lang=keep==='zh'?'zh-CN':'en';document.querySelectorAll('[data-not-found]').forEach(function(el){if(el.getAttribute('data-not-found')!==keep)el.hidden=true;});})();`;

export default function NotFound() {
  const en = getT('en');
  const zh = getT('zh');
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          <section data-not-found="en" lang="en">
            <h1>{en('notFound.title')}</h1>
            <p>{en('notFound.body')}</p>
            <p>
              <Link href="/en">{en('notFound.back')}</Link>
            </p>
          </section>
          <section data-not-found="zh" lang="zh-CN">
            <h1>{zh('notFound.title')}</h1>
            <p>{zh('notFound.body')}</p>
            <p>
              <Link href="/zh">{zh('notFound.back')}</Link>
            </p>
          </section>
        </main>
        <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      </body>
    </html>
  );
}
