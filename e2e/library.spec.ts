import { expect, test } from '@playwright/test';
import { slugs } from './helpers';

test('the library lists every agreement with both titles, edition and official language', async ({
  page,
}) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const cards = page.locator('.agreement-card');
  await expect(cards).toHaveCount(slugs.length);
  for (const slug of slugs) {
    const card = page.locator(`.agreement-card[data-slug="${slug}"]`);
    await expect(card.getByRole('link')).toHaveAttribute('href', `/en/agreements/${slug}`);
    await expect(card.locator('[data-official]')).toContainText('Official text');
    await expect(card.locator('.card-versions')).toContainText('English');
  }
  await expect(page.locator('.agreement-card[data-slug="maxcompute-terms"]')).toContainText(
    '阿里云产品服务协议-MaxCompute',
  );
  await expect(page.locator('.agreement-card[data-slug="membership-agreement"]')).toContainText(
    'Version October 2019',
  );
  await expect(page.locator('.agreement-card[data-slug="membership-agreement"] .card-versions')).toHaveText(
    'Language versions: English (Official text) · Chinese (Reference translation)',
  );
});

test('the Chinese interface has its own strings and switches back', async ({ page }) => {
  await page.goto('/zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('协议');
  await page.getByRole('link', { name: 'English interface' }).click();
  await expect(page).toHaveURL(/\/en$/);
});

test('/ sends the reader to the language of the browser and keeps a visible switch', async ({ browser }) => {
  for (const [locale, expected] of [
    ['zh-CN', /\/zh$/],
    ['en-US', /\/en$/],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(expected);
    await context.close();
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
  await expect(page.getByRole('link', { name: '中文' })).toBeVisible();
  await context.close();
});
