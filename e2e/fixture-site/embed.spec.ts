import { expect, test } from '@playwright/test';

// An agreement without billing-address regions (one-party: one contracting party for every
// customer) is embedded under `-` in place of a region (README, "Embedding"); its link goes to
// its one page. An agreement with regions has no `-`.
test('an agreement without regions is embedded under "-"', async ({ request }) => {
  const whole = await request.get('/en/embed/one-party/-');
  expect(whole.status()).toBe(200);
  expect(await whole.text()).toContain('<a href="/en/agreements/one-party" target="_blank" rel="noopener"');
  const clause = await request.get('/zh/embed/one-party/-/1.1');
  expect(clause.status()).toBe(200);
  const html = await clause.text();
  expect(html).toContain('<a href="/zh/agreements/one-party#clause-1.1" target="_blank" rel="noopener"');
  expect(html).not.toContain('地区：');
  for (const path of [
    '/en/embed/one-party/intl/1.1',
    '/en/embed/one-party/-/9.9',
    '/en/embed/sample-membership/-/1.1',
  ])
    expect((await request.get(path)).status(), path).toBe(404);
  expect((await request.get('/en/embed/sample-membership/intl/1.1')).status()).toBe(200);
});
