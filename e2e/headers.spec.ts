import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type APIRequestContext } from '@playwright/test';

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
  const revalidate = 'public, max-age=0, must-revalidate';
  const cases: [string, number, string, string?][] = [
    ['/en', 200, html],
    ['/zh/agreements/maxcompute-terms', 200, html],
    ['/en/agreements/membership-agreement/eu', 200, html],
    [css, 200, immutable],
    [island, 200, immutable],
    ['/icon.svg', 200, revalidate],
    ['/en/agreements/none', 404, noStore],
    ['/%E0%A4%A', 404, noStore],
    ['/en/search?q=11.5', 200, html, searchPolicy("'self'")],
    ['/zh/search', 200, html, searchPolicy("'self'")],
    ['/pagefind/en/pagefind.js', 200, revalidate, searchPolicy("'self'")],
    ['/pagefind/en/pagefind-worker.js', 200, revalidate, searchPolicy("'self'")],
    ['/pagefind/en/wasm.en.pagefind', 200, revalidate, searchPolicy("'self'")],
    [indexChunk, 200, immutable, searchPolicy("'self'")],
  ];
  for (const [path, status, cache, csp = policy("'self'")] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBe(status);
    expect(headers['content-security-policy'], path).toBe(csp);
    expect(headers, path).toMatchObject(security);
    expect(headers['cache-control'], path).toBe(cache);
  }
});

test('a page is revalidated with its ETag', async ({ request }) => {
  const first = await request.get('/en/agreements/mns-terms');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get('/en/agreements/mns-terms', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('methods the site does not serve get 405 on every kind of path, never 500', async ({ request }) => {
  const { css, island } = await assets(request);
  for (const path of ['/', '/en/agreements/mns-terms', '/icon.svg', css, island, '/none', '/%E0%A4%A']) {
    for (const method of ['OPTIONS', 'TRACE', 'POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
    }
  }
});

test.describe('FRAME_ANCESTORS', () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 5;
  let server: ChildProcess;
  test.beforeAll(async () => {
    // The same build, started with the variable set: it takes effect without a rebuild.
    server = spawn('node', ['server.mjs'], {
      env: { ...process.env, PORT: String(port), FRAME_ANCESTORS: "'self' https://console.example.com" },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/en`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`server.mjs did not start on port ${port}`);
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
