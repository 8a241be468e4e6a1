import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';

export const metadata: Metadata = { title: '404 · Page not found · 页面不存在' };

/** Unmatched URLs outside a language (e.g. /fr/…): the 404 says it in both languages. */
export default function GlobalNotFound() {
  const en = getT('en');
  const zh = getT('zh');
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          <h1>{en('notFound.title')}</h1>
          <p>{en('notFound.body')}</p>
          <p>
            <a href="/en">{en('notFound.back')}</a>
          </p>
          <div lang="zh-CN">
            <h2>{zh('notFound.title')}</h2>
            <p>{zh('notFound.body')}</p>
            <p>
              <a href="/zh">{zh('notFound.back')}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
