import { expect, test } from '@playwright/test';

// A few hundred generated paths and query strings against the production server: each answers
// 200, a redirect (307/308) or 404 — never a 4xx of another kind or a 5xx — and none reflects the
// generated input into the HTML.
const segments = [
  'en',
  'zh',
  'fr',
  'agreements',
  'membership-agreement',
  'mns-terms',
  'eu',
  'au',
  'cn',
  'xx',
  '..',
  '.',
  '%2e%2e',
  '%00',
  '%2F',
  '%E0%A4%A',
  '%',
  '%zz',
  'clause-11.5',
  'index.html',
  '_next',
  'null',
  '<script>',
  '"onerror=',
  '%3Cscript%3E',
  '😀',
  '中文',
  'A'.repeat(300),
];
const queries = [
  '',
  '?lang=zh',
  '?q=<script>alert(1)</script>',
  '?x="><img src=x onerror=alert(1)>',
  '?__proto__[x]=1',
  '?%E4%BD%A0=%E5%A5%BD',
  '?a=' + 'b'.repeat(2000),
];

function* paths(count: number): Generator<string> {
  let seed = 20261123;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    const depth = 1 + Math.floor(next() * 5);
    const parts = Array.from({ length: depth }, () => segments[Math.floor(next() * segments.length)]);
    yield `/${parts.map((p) => (/^[\x20-\x7e]*$/.test(p) && !/[<>"]/.test(p) ? p : encodeURIComponent(p))).join('/')}${queries[Math.floor(next() * queries.length)]}`;
  }
}

test('generated URLs answer 200, a redirect or 404, never 5xx, and reflect nothing', async ({ request }) => {
  const failures: string[] = [];
  for (const path of paths(300)) {
    const response = await request.get(path, { maxRedirects: 0 });
    const status = response.status();
    if (![200, 307, 308, 404].includes(status)) failures.push(`${status} ${path}`);
    const body = await response.text();
    for (const marker of ['<script>alert(1)', 'onerror=alert(1)', '<img src=x']) {
      if (body.includes(marker)) failures.push(`reflected ${marker} at ${path}`);
    }
  }
  expect(failures).toEqual([]);
});
