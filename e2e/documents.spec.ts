import { expect, test } from '@playwright/test';
import path from 'node:path';
import { htmlFiles } from './helpers';

// Every page is a plain document: prerendered HTML, no framework runtime, no hydration, no inline
// script. The pages opt out of Next's runtime with the undocumented `unstable_runtimeJS: false`
// (pages/**): if a Next upgrade ignores it, the script tags or /_next/ script requests below fail
// these tests.
const island = /^\/islands\/[\w-]+-[A-Z0-9]{8}\.js$/;
const pagefindScript = /^\/pagefind\/(en|zh)\/pagefind(-worker)?\.js$/;

// The markup of every page the build prerendered (.next/server/pages), and of the views rendered
// on request (the embeds, the 404, a search with its query), read over plain HTTP: what a browser
// would be asked to run is all in it.
const onRequest = [
  '/en/embed/membership-agreement/eu',
  '/zh/embed/membership-agreement/au/11.5',
  '/en/agreements/none',
  `/en/search?q=${encodeURIComponent('违约金')}`,
];

const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

test('every page: one script at most, the page’s island, no inline script or handler, nothing from another origin', async ({
  request,
}) => {
  const prerendered = htmlFiles(path.join('.next', 'server', 'pages'))
    .map((file) => `/${file.replace(/\.html$/, '').replace(/^index$/, '')}`)
    .filter((pathname) => pathname !== '/500');
  expect(prerendered.length).toBeGreaterThan(100);
  const islands = new Set<string>();
  for (const pathname of [...prerendered, ...onRequest]) {
    const notFound = pathname === '/404' || pathname === '/en/agreements/none';
    const response = await request.get(pathname === '/404' ? '/zh/none' : pathname);
    expect(response.status(), pathname).toBe(notFound ? 404 : 200);
    const html = await response.text();
    const scripts = tags(html, 'script');
    expect(scripts.length, `${pathname}: scripts`).toBeLessThanOrEqual(1);
    for (const script of scripts) {
      const src = attribute(script, 'src') ?? '(inline)';
      expect(src, pathname).toMatch(island);
      islands.add(src);
    }
    const preloads = tags(html, 'link').filter((link) => /\sas="script"|rel="modulepreload"/.test(link));
    expect(preloads, `${pathname}: script preloads`).toEqual([]);
    const handlers = html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [];
    expect(handlers, `${pathname}: inline event handlers`).toEqual([]);
    expect(html, pathname).not.toMatch(/\shref="\s*javascript:/i);
    const sources = [...html.matchAll(/\s(?:src|srcset|action|poster|data)="([^"]*)"/g)].map((m) => m[1]);
    expect(
      sources.filter((src) => !src.startsWith('/') && !src.startsWith('data:')),
      `${pathname}: resources from another origin`,
    ).toEqual([]);
  }
  // Each island named is served, as a script.
  expect(islands.size).toBeGreaterThanOrEqual(4);
  for (const src of islands) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type'], src).toMatch(/^application\/javascript|^text\/javascript/);
  }
});

// In Chromium, one page of each kind: what it requests and runs, and the policy's own report.
const pages = [
  // The chooser (/) sends the browser on to the library (/en): both documents are checked.
  '/',
  '/zh/agreements/membership-agreement/au',
  '/en/agreements/maxcompute-terms/review',
  '/en/embed/membership-agreement/eu',
  '/zh/embed/membership-agreement/au/11.5',
  '/en/compare/mini-program-cloud-terms/maxcompute-terms',
  '/en/agreements/none',
  // The search page also loads Pagefind's script and worker from /pagefind/, and compiles its
  // WebAssembly under the page's own policy: checked once a search has run.
  `/zh/search?q=${encodeURIComponent('force majeure')}`,
];

for (const pathname of pages) {
  test(`${pathname} loads no framework script, runs no inline script, breaks no policy`, async ({ page }) => {
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(pathname, { waitUntil: 'load' });
    const search = pathname.includes('/search?');
    if (search) await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.outerHTML),
    );
    expect(inline).toEqual([]);
    expect(
      scripts.filter((src) => !island.test(src) && !(search && pagefindScript.test(src))),
      'scripts other than the island (and Pagefind on the search page)',
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // The 404 page's own status is reported as a failed load: expected there, nowhere else.
    const expected = pathname === '/en/agreements/none' ? /status of 404/ : /^$/;
    expect(errors.filter((error) => !expected.test(error))).toEqual([]);
  });
}
