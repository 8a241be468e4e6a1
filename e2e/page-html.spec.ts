import { expect, test } from '@playwright/test';
import { locales, slugs } from './helpers';

// HTML facts of every page, read with plain HTTP, no browser: what differs from page to page in
// the markup, for the accessibility scan (e2e/accessibility.spec.ts) to be valid on the pages it
// does not open. Regions come from the library's own links, so every prerendered page is read.
const attribute = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

test('every page: unique ids, known languages, in-page links that land, <html lang> of its interface', async ({
  request,
}) => {
  const paths = locales.flatMap((lang) => slugs.map((slug) => `/${lang}/agreements/${slug}`));
  for (const path of [...paths]) {
    const html = await (await request.get(path)).text();
    for (const href of attribute(html, 'href').filter((h) => /\/agreements\/[^/#]+\/[a-z]+$/.test(h)))
      if (!paths.includes(href)) paths.push(href);
  }
  expect(paths.length).toBeGreaterThan(locales.length * slugs.length);
  for (const path of [...locales.flatMap((lang) => [`/${lang}`, `/${lang}/search`]), ...paths]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const ids = attribute(html, 'id');
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates, `${path}: ids used twice`).toEqual([]);
    const languages = new Set(attribute(html, 'lang'));
    expect(
      [...languages].filter((l) => l !== 'en' && l !== 'zh-CN'),
      `${path}: lang values`,
    ).toEqual([]);
    const interfaceLang = path.startsWith('/zh') ? 'zh-CN' : 'en';
    expect(html, path).toContain(`<html lang="${interfaceLang}">`);
    const known = new Set(ids);
    const broken = attribute(html, 'href')
      .filter((href) => href.startsWith('#') && href.length > 1)
      .map((href) => decodeURIComponent(href.slice(1)))
      .filter((id) => !known.has(id));
    expect([...new Set(broken)], `${path}: in-page links without a target`).toEqual([]);
  }
});
