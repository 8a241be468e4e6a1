import { expect, test } from '@playwright/test';

test('an unknown agreement is a 404 in the interface language', async ({ page }) => {
  const response = await page.goto('/zh/agreements/no-such-agreement');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('link', { name: '返回协议列表' })).toHaveAttribute('href', '/zh');
});

test('an unknown language is a 404 that says so in both languages', async ({ page }) => {
  const response = await page.goto('/fr/agreements/membership-agreement');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('without JavaScript the 404 still answers, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/en/agreements/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await context.close();
});

for (const path of [
  '/en/nothing-here',
  '/en/agreements',
  '/en/agreements/membership-agreement/extra/segments',
  '/zh/agreements/../../etc/passwd',
]) {
  test(`${path} is a 404, never a 500`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
  });
}

test('an address with a broken percent-escape is the same 404 page, in its language', async ({ page }) => {
  const response = await page.goto('/zh/agreements/%E0%A4');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
