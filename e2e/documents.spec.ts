import { expect, test } from '@playwright/test';
import { locales, slugs } from './helpers';

// Every page is a plain document: prerendered HTML, no framework runtime, no hydration, no inline
// script. The pages opt out of Next's runtime with the undocumented `unstable_runtimeJS: false`
// (pages/**): if a Next upgrade ignores it, the /_next/ script requests below fail this test.
const pages = [
  '/',
  ...locales.flatMap((lang) => [`/${lang}`, ...slugs.map((slug) => `/${lang}/agreements/${slug}`)]),
  '/en/agreements/membership-agreement/eu',
  '/zh/agreements/membership-agreement/au',
  '/en/embed/membership-agreement/eu',
  '/zh/embed/membership-agreement/au/11.5',
  '/en/compare/mini-program-cloud-terms/maxcompute-terms',
  '/zh/agreements/membership-agreement/compare/eu/au',
  '/en/agreements/none',
  // The search page also loads Pagefind's script and worker from /pagefind/, and compiles its
  // WebAssembly under the page's own policy: checked once a search has run.
  `/en/search?q=${encodeURIComponent('违约金')}`,
  '/zh/search?q=force%20majeure',
];
const pagefindScript = /^\/pagefind\/(en|zh)\/pagefind(-worker)?\.js$/;

for (const path of pages) {
  test(`${path} loads no framework script, runs no inline script, breaks no policy`, async ({ page }) => {
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
    // The chooser (/) sends the browser on to /en: both documents are checked.
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForLoadState('load');
    const search = path.includes('/search?');
    if (search) await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.outerHTML),
    );
    expect(inline).toEqual([]);
    expect(scripts.filter((src) => src.startsWith('/_next/'))).toEqual([]);
    expect(
      scripts.every(
        (src) => /^\/islands\/[\w-]+-[A-Z0-9]{8}\.js$/.test(src) || (search && pagefindScript.test(src)),
      ),
      scripts.join(),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // The 404 page's own status is reported as a failed load: expected there, nowhere else.
    const expected = path === '/en/agreements/none' ? /status of 404/ : /^$/;
    expect(errors.filter((error) => !expected.test(error))).toEqual([]);
  });
}
