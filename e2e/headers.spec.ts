import type { ChildProcess } from 'node:child_process';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startServer } from './helpers';

// Plain HTTP against the production server (server.mjs): no browser needed. Exact values, so a
// weakened policy fails here, not only a missing one.
const policy = (frameAncestors: string, scripts = "'self'") =>
  [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const security = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const html = 'public, max-age=300, must-revalidate';
const immutable = 'public, max-age=31536000, immutable';
const noStore = 'private, no-cache, no-store, max-age=0, must-revalidate';
const revalidate = 'public, max-age=0, must-revalidate';

// Only the search page and the search index (whose worker has the policy of its own response)
// may compile WebAssembly, for Pagefind.
const searchPolicy = (frameAncestors: string) => policy(frameAncestors, "'self' 'wasm-unsafe-eval'");

async function assets(request: APIRequestContext) {
  const page = await (await request.get('/en/agreements/mns-terms')).text();
  const entry = (await (await request.get('/pagefind/zh/pagefind-entry.json')).json()) as {
    languages: { zh: { hash: string } };
  };
  return {
    css: /href="(\/_next\/static\/[^"]+\.css)"/.exec(page)![1],
    island: /src="(\/islands\/[^"]+\.js)"/.exec(page)![1],
    indexChunk: `/pagefind/zh/pagefind.${entry.languages.zh.hash}.pf_meta`,
  };
}

test('each kind of response carries exactly the headers it should', async ({ request }) => {
  const { css, island, indexChunk } = await assets(request);
  const page = 'text/html; charset=utf-8';
  const json = 'application/json; charset=UTF-8';
  const script = 'application/javascript; charset=UTF-8';
  const search = searchPolicy("'self'");
  // [path, status, Cache-Control, Content-Type, Access-Control-Allow-Origin (only the data
  // exports), Content-Security-Policy (WebAssembly only for search)]
  const cases: [string, number, string, string | undefined, string | undefined, string?][] = [
    ['/en', 200, html, page, undefined],
    ['/zh/agreements/maxcompute-terms', 200, html, page, undefined],
    ['/en/agreements/membership-agreement/eu', 200, html, page, undefined],
    [css, 200, immutable, 'text/css; charset=UTF-8', undefined],
    [island, 200, immutable, script, undefined],
    ['/favicon.svg', 200, revalidate, 'image/svg+xml', undefined],
    ['/favicon.ico', 200, revalidate, 'image/x-icon', undefined],
    ['/robots.txt', 200, revalidate, 'text/plain; charset=UTF-8', undefined],
    ['/sitemap.xml', 200, revalidate, 'application/xml', undefined],
    ['/.well-known/security.txt', 200, revalidate, 'text/plain; charset=UTF-8', undefined],
    ['/data/agreements.json', 200, html, json, '*'],
    ['/data/agreements/mns-terms.json', 200, html, json, '*'],
    ['/data/agreements/mns-terms/zh.md', 200, html, 'text/markdown; charset=UTF-8', '*'],
    ['/data/agreement.schema.json', 200, html, json, '*'],
    ['/en/agreements/none', 404, noStore, page, undefined],
    ['/data/agreements/none.json', 404, noStore, page, '*'],
    ['/%E0%A4%A', 404, noStore, page, undefined],
    // "Go to clause" without JavaScript: a redirect, and a 404 sent by getServerSideProps (Next
    // sets that Cache-Control before the status).
    ['/en/agreements/mns-terms/goto?clause=8.4', 303, html, undefined, undefined],
    ['/en/agreements/Bad_Slug/goto?clause=1', 404, noStore, page, undefined],
    ['/en/search?q=11.5', 200, html, page, undefined, search],
    ['/zh/search', 200, html, page, undefined, search],
    ['/pagefind/en/pagefind.js', 200, revalidate, script, undefined, search],
    ['/pagefind/en/pagefind-worker.js', 200, revalidate, script, undefined, search],
    ['/pagefind/en/wasm.en.pagefind', 200, revalidate, 'application/octet-stream', undefined, search],
    [indexChunk, 200, immutable, 'application/octet-stream', undefined, search],
  ];
  for (const [path, status, cache, type, origin, csp = policy("'self'")] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBe(status);
    expect(headers['content-security-policy'], path).toBe(csp);
    expect(headers, path).toMatchObject(security);
    expect(headers['cache-control'], path).toBe(cache);
    expect(headers['content-type'], path).toBe(type);
    expect(headers['access-control-allow-origin'], path).toBe(origin);
  }
});

test('a page is revalidated with its ETag', async ({ request }) => {
  const first = await request.get('/en/agreements/mns-terms');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get('/en/agreements/mns-terms', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('methods the site does not serve get 405 on every kind of path, never 500, never cached', async ({
  request,
}) => {
  const { css, island } = await assets(request);
  for (const path of [
    '/',
    '/en/agreements/mns-terms',
    '/favicon.svg',
    '/data/agreements.json',
    css,
    island,
    '/none',
    '/%E0%A4%A',
  ]) {
    for (const method of ['OPTIONS', 'TRACE', 'POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      const headers = response.headers();
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(headers['allow'], `${method} ${path}`).toBe('GET, HEAD');
      expect(headers['cache-control'], `${method} ${path}`).toBe(noStore);
      expect(headers['content-security-policy'], `${method} ${path}`).toBe(policy("'self'"));
      expect(headers, `${method} ${path}`).toMatchObject(security);
    }
  }
});

test.describe('FRAME_ANCESTORS', () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 5;
  let server: ChildProcess;
  test.beforeAll(async () => {
    // The same build, started with the variable set: it takes effect without a rebuild.
    server = await startServer(port, { FRAME_ANCESTORS: "'self' https://console.example.com" });
  });
  test.afterAll(() => {
    server.kill();
  });

  test('lists the consoles allowed to frame the pages', async ({ request }) => {
    for (const path of ['/en/agreements/mns-terms', '/none']) {
      const response = await request.get(`http://127.0.0.1:${port}${path}`);
      expect(response.headers()['content-security-policy'], path).toBe(
        policy("'self' https://console.example.com"),
      );
    }
    const search = await request.get(`http://127.0.0.1:${port}/en/search`);
    expect(search.headers()['content-security-policy']).toBe(
      searchPolicy("'self' https://console.example.com"),
    );
  });
});
