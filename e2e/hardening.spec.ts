import { expect, test } from '@playwright/test';

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/en', '/zh/agreements/maxcompute-terms', '/en/agreements/none']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toMatch(/frame-ancestors [^;]+/);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['permissions-policy'], path).toBeTruthy();
  }
});

test('reading works with JavaScript off: an agreement, a deep link, the view controls', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/agreements/membership-agreement#clause-11.5');
  const row = page.locator('#clause-11\\.5');
  await expect(row).toBeInViewport();
  await expect(row.locator('[data-lang="en"]')).toContainText('Save only for any warranties');
  await page.getByLabel('Chinese only').check();
  await expect(row.locator('[data-lang="en"]')).toBeHidden();
  await expect(row.locator('[data-lang="zh"]')).toBeVisible();
  await expect(row.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await context.close();
});
