import { expect, test } from '@playwright/test';

test('reading works with JavaScript off: an agreement, a deep link, the view controls', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/agreements/membership-agreement#clause-11.5');
  const row = page.locator('#clause-11\\.5');
  await expect(row).toBeInViewport();
  await expect(row.locator('[data-lang="en"]')).toContainText('Save only for any warranties');
  // The View menu is a native popover: it opens without a script.
  await page.getByRole('button', { name: 'View' }).click();
  await page.getByLabel('Chinese only').check();
  await expect(row.locator('[data-lang="en"]')).toBeHidden();
  await expect(row.locator('[data-lang="zh"]')).toBeVisible();
  await expect(row.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await context.close();
});
