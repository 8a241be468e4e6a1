import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { exportValidators } from '../tests/helpers/export-schema';
import { htmlFiles, locales, slugs } from './helpers';

// Plain HTTP against the production server: the data exports, the downloads each agreement page
// links, and the site's own files (sitemap, robots, security.txt, favicon). No browser needed.
// The files carry absolute URLs on SITE_URL, which is not this server: they are fetched here by
// their paths.

const json = 'application/json; charset=UTF-8';
const markdown = 'text/markdown; charset=UTF-8';
const validate = exportValidators();

/** GET a path (or the path of an absolute URL): 200 with the given Content-Type, and its body. */
async function fetchOk(request: APIRequestContext, url: string, type: string) {
  const pathname = url.startsWith('/') ? url : new URL(url).pathname;
  const response = await request.get(pathname);
  expect(response.status(), pathname).toBe(200);
  expect(response.headers()['content-type'], pathname).toBe(type);
  return response;
}

test('agreements.json lists every agreement; each export validates and its Markdown is the stored file', async ({
  request,
}) => {
  const response = await fetchOk(request, '/data/agreements.json', json);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const library = (await response.json()) as {
    agreements: { slug: string; urls: Record<string, unknown> }[];
  };
  expect(validate.library(library)).toEqual([]);
  expect(library.agreements.map((a) => a.slug)).toEqual(slugs);
  for (const { slug, urls } of library.agreements) {
    const data: unknown = await (await fetchOk(request, urls.data as string, json)).json();
    expect(validate.agreement(data), slug).toEqual([]);
    for (const [language, url] of Object.entries(urls.markdown as Record<string, string>)) {
      const body = await (await fetchOk(request, url, markdown)).body();
      const stored = readFileSync(path.join('content', 'agreements', slug, `${language}.md`));
      expect(Buffer.compare(body, stored), `${slug} ${language}`).toBe(0);
    }
  }
});

test('the schemas are served where the exports say', async ({ request }) => {
  const agreements = (await (await fetchOk(request, '/data/agreements.json', json)).json()) as {
    $schema: string;
  };
  const schema = (await (await fetchOk(request, agreements.$schema, json)).json()) as Record<string, string>;
  expect(schema.$id).toBe(agreements.$schema);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  await fetchOk(request, '/data/agreement.schema.json', json);
});

test('every agreement page links its downloads, and each link resolves', async ({ request }) => {
  for (const locale of locales)
    for (const slug of slugs) {
      const page = await (await request.get(`/${locale}/agreements/${slug}`)).text();
      const section = /<section[^>]*data-testid="downloads"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1];
      expect(section, `${locale} ${slug}`).toBeDefined();
      const hrefs = [...section!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      const languages = readdirSync(path.join('content', 'agreements', slug))
        .filter((file) => file.endsWith('.md'))
        .map((file) => file.replace('.md', ''));
      expect(hrefs.sort(), `${locale} ${slug}`).toEqual(
        [
          `/data/agreements/${slug}.json`,
          '/data/agreement.schema.json',
          ...languages.map((l) => `/data/agreements/${slug}/${l}.md`),
        ].sort(),
      );
      for (const href of hrefs) await fetchOk(request, href, href.endsWith('.md') ? markdown : json);
    }
});

test('an export that does not exist is a 404', async ({ request }) => {
  for (const pathname of ['/data/agreements/none.json', '/data/agreements/mns-terms/fr.md'])
    expect((await request.get(pathname)).status(), pathname).toBe(404);
});

test('sitemap.xml lists every prerendered page with its language versions, and each answers', async ({
  request,
}) => {
  const robots = await (await fetchOk(request, '/robots.txt', 'text/plain; charset=UTF-8')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1];
  expect(new URL(sitemapUrl).pathname).toBe('/sitemap.xml');
  const xml = await (await fetchOk(request, sitemapUrl, 'application/xml')).text();
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`sitemap.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const urls = Array.from(doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url'));
  const paths = urls.map((url) => new URL(url.getElementsByTagName('loc')[0].textContent!).pathname);
  // The build's own list of what it prerendered: every page's HTML file but the error pages, the
  // embed views (frames for consoles, marked noindex), the compare views (not listed yet) and the
  // pages whose canonical link names another URL (the default region under its key,
  // /en/agreements/membership-agreement/intl).
  const pagesDir = path.join('.next', 'server', 'pages');
  const ownCanonical = (file: string, pathname: string) => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
      readFileSync(path.join(pagesDir, file), 'utf8'),
    );
    return !!canonical && new URL(canonical[1]).pathname === pathname;
  };
  const prerendered = htmlFiles(pagesDir)
    .map((file) => ({ file, pathname: `/${file.replace(/\.html$/, '').replace(/^index$/, '')}` }))
    .filter(
      ({ pathname }) =>
        !['/404', '/500'].includes(pathname) && !/^\/\w+\/(embed|compare)\/|\/compare\//.test(pathname),
    )
    .filter(({ file, pathname }) => ownCanonical(file, pathname))
    .map(({ pathname }) => pathname);
  expect(paths.sort()).toEqual(prerendered.sort());
  for (const url of urls) {
    const hreflangs = Array.from(url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')).map(
      (link) => link.getAttribute('hreflang'),
    );
    expect(hreflangs).toEqual(['en', 'zh-CN', 'x-default']);
  }
  for (const pathname of paths) expect((await request.get(pathname)).status(), pathname).toBe(200);
});

test('security.txt follows RFC 9116 and the favicon is served', async ({ request }) => {
  const text = await (
    await fetchOk(request, '/.well-known/security.txt', 'text/plain; charset=UTF-8')
  ).text();
  expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
  expect(text).toMatch(/^Preferred-Languages: en, zh$/m);
  expect(new URL(/^Canonical: (\S+)$/m.exec(text)![1]).pathname).toBe('/.well-known/security.txt');
  const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)![1]);
  const year = 365 * 24 * 3600 * 1000;
  expect(expires - Date.now()).toBeGreaterThan(year - 7 * 24 * 3600 * 1000);
  expect(expires - Date.now()).toBeLessThan(year);

  const page = await (await request.get('/en')).text();
  expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
  expect(page).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32"/>');
  await fetchOk(request, '/favicon.svg', 'image/svg+xml');
  const ico = await (await fetchOk(request, '/favicon.ico', 'image/x-icon')).body();
  expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
