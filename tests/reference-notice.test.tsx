import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ColumnHeadings } from '@/components/agreement/column-headings';
import { getT } from '@/lib/i18n/server';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agreementSlugs, contentRoot } from '@/lib/agreements';
import type { AgreementPage } from '@/lib/page/types';

// Issue 14, item 8: the notice on each reference translation says plainly that it was made for
// this site, is not published by Alibaba Cloud, and that the official text prevails. The words
// are written out here by hand, as a reader must see them, in both interface languages.
const notice = {
  en: 'The official text prevails. The reference translation was made for this site and is not published by Alibaba Cloud.',
  zh: '以官方文本为准。参考译文由本站制作，并非阿里云发布。',
} as const;

const columns = (html: string) =>
  [...html.matchAll(/<div data-lang="(en|zh)" data-official="(true|false)"[^>]*>(.*?)<\/div>/g)].map(
    ([, lang, official, inner]) => ({ lang, official, text: inner.replace(/<[^>]+>/g, ' ') }),
  );

// What the column headings read of the page model (each language and its status), made from the
// content files' front matter: the whole model (agreementPage) takes seconds to build and adds
// nothing the headings show.
function headingsModel(slug: string) {
  const texts = Object.fromEntries(
    ['zh', 'en']
      .map((language) => path.join(contentRoot, slug, `${language}.md`))
      .filter((file) => existsSync(file))
      .map((file) =>
        parse(
          readFileSync(file, 'utf8')
            .split('\n---\n')[0]
            .replace(/^---\n/, ''),
        ),
      )
      .map((meta: { language: string; status: string }) => [meta.language, { status: meta.status }]),
  );
  return { languages: Object.keys(texts), texts } as unknown as AgreementPage;
}

describe('the notice on a reference translation', () => {
  for (const slug of agreementSlugs()) {
    for (const locale of ['en', 'zh'] as const) {
      it(`${slug}, ${locale} interface: on the translation's column only`, () => {
        const page = headingsModel(slug);
        const html = renderToStaticMarkup(
          <ColumnHeadings page={page} columns={['zh', 'en']} t={getT(locale)} />,
        );
        const [translation, official] = ['false', 'true'].map((o) =>
          columns(html).find((c) => c.official === o)!,
        );
        expect(translation.lang).toBe(official.lang === 'zh' ? 'en' : 'zh');
        expect(translation.text).toContain(notice[locale]);
        expect(official.text).not.toContain(notice[locale]);
      });
    }
  }
});
