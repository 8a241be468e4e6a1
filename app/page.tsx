import Link from 'next/link';
import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';

export const metadata: Metadata = {
  title: 'Bilingual Terms Viewer · 双语条款阅读器',
  description: 'Alibaba Cloud agreements in Chinese and English, clause by clause.',
};

// Picks /zh for a browser that prefers Chinese, /en otherwise; the links are the fallback and
// stay visible, so the choice works with JavaScript off.
const redirect = `(function(){var l=(navigator.languages&&navigator.languages[0])||navigator.language||'';location.replace(/^zh/i.test(l)?'/zh':'/en');})();`;

export default function LanguageChooser() {
  const en = getT('en');
  const zh = getT('zh');
  return (
    <html lang="en">
      <body>
        <main id="main" className="chooser">
          <h1>
            {en('site.name')} · <span lang="zh-CN">{zh('site.name')}</span>
          </h1>
          <p>
            {en('site.tagline')} <span lang="zh-CN">{zh('site.tagline')}</span>
          </p>
          <ul>
            <li>
              <Link href="/en" hrefLang="en">
                {en('chooser.english')}
              </Link>
            </li>
            <li>
              <Link href="/zh" hrefLang="zh-CN" lang="zh-CN">
                {zh('chooser.chinese')}
              </Link>
            </li>
          </ul>
        </main>
        <script dangerouslySetInnerHTML={{ __html: redirect }} />
      </body>
    </html>
  );
}
