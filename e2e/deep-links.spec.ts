import { expect, test } from '@playwright/test';

const deepLinks = [
  '/en/agreements/membership-agreement#clause-13.9',
  '/en/agreements/membership-agreement#clause-11.5',
  '/zh/agreements/maxcompute-terms#clause-specific.1.1.3',
  '/en/agreements/mns-terms#clause-7.2.3',
  '/zh/agreements/support-plan-terms#clause-5.4.6',
  '/zh/agreements/mini-program-cloud-terms#clause-specific.16.1.3',
];

for (const url of deepLinks) {
  test(`${url} lands on its clause and marks it`, async ({ page }) => {
    await page.goto(url);
    const id = url.split('#')[1];
    const row = page.locator(`[id="${id}"]`);
    await expect(row).toHaveCount(1);
    await expect(row).toBeInViewport();
    // The :target style: a tinted background and an accent bar, visible without JavaScript.
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 244, 194)');
    const other = page.locator('.clause-row').first();
    expect(await other.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(background);
  });
}

test('a clause anchor the page lacks says so, and where the clause is', async ({ page }) => {
  const notice = page.getByRole('status').filter({ hasText: 'Clause not found' });
  // 9.1(g) is added by the Europe Addendum: not in the International text.
  await page.goto('/en/agreements/membership-agreement#clause-9.1.g');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Europe' })).toHaveAttribute(
    'href',
    '/en/agreements/membership-agreement/eu#clause-9.1.g',
  );
  await notice.getByRole('link', { name: 'Europe' }).click();
  await expect(page.locator('[id="clause-9.1.g"]')).toBeInViewport();
  await expect(notice).toBeHidden();

  await page.goto('/en/agreements/membership-agreement#clause-11-5');
  await expect(notice.getByRole('link', { name: '#clause-11.5' })).toBeVisible();

  await page.goto('/zh/agreements/membership-agreement#clause-99.9');
  const zh = page.getByRole('status').filter({ hasText: '未找到条款' });
  await expect(zh).toContainText('本协议在任何地区的文本中均无此条款');

  await page.goto('/en/agreements/membership-agreement#clause-11.5');
  await expect(notice).toBeHidden();
});
