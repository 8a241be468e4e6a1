import { expect, test } from '@playwright/test';

// tests/fixtures/site/agreements/one-party: an English agreement with no Chinese version, and one
// contracting party for every customer (regions.yaml `parties`), outside the billing-address regions.
for (const [lang, notice, card] of [
  ['en', 'This agreement exists only in English: there is no Chinese version yet.', 'Your contract'],
  ['zh', '本协议仅有英文版本，尚无中文版本。', '您的合同信息'],
] as const) {
  test(`an agreement in one language is one column with one notice (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/agreements/one-party`);
    await expect(page.getByRole('note')).toHaveText(notice);
    await expect(page.locator('[data-missing]')).toHaveCount(0);
    const row = page.locator('[id="clause-1.1"]');
    await expect(row.locator('.clause-cell')).toHaveCount(1);
    await expect(row.locator('.clause-cell')).toHaveAttribute('lang', 'en');
    const cell = await row.locator('.clause-cell').boundingBox();
    const cells = await row.locator('.clause-cells').boundingBox();
    expect(cell!.width).toBeGreaterThan(cells!.width * 0.95);
    await expect(page.getByRole('radio')).toHaveCount(0);
    const entity = page.locator('.entity-card');
    await expect(entity.getByRole('heading')).toHaveText(card);
    await expect(entity).toContainText('Example Ireland, Limited');
    await expect(page.locator('select[data-region-select]')).toHaveCount(0);
  });
}

test('an agreement outside the regions has no region pages', async ({ request }) => {
  expect((await request.get('/en/agreements/one-party/intl')).status()).toBe(404);
});

test('an agreement in one language says nothing of a translation in its header', async ({ page }) => {
  await page.goto('/en/agreements/one-party');
  await expect(page.locator('.agreement-header')).toContainText('Official text: English');
  await expect(page.locator('.agreement-header')).not.toContainText('reference translation');
});
