import { expect, test } from '@playwright/test';
import { openViewMenu } from './helpers';

// The changelog of a reference translation (front matter `corrections`, each held by the content
// check to name a clause whose translation now reads as `after`): listed in the review report,
// and shown on its clause while reviewing.
test('the corrections of the translation are listed in the review report, and on their clause with the switch', async ({
  page,
}) => {
  await page.goto('/en/agreements/mns-terms/review');
  const panel = page.locator('#translation-review #review-corrections');
  await expect(panel).toHaveAttribute('open', '');
  const entry = panel.locator('li', { has: page.locator('a[href="/en/agreements/mns-terms#clause-8.4"]') });
  await expect(entry.locator('del')).toHaveAttribute('lang', 'zh-CN');
  const after = await entry.locator('ins').innerText();
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/agreements\/mns-terms#clause-8\.4$/);
  const beside = page.locator('[id="clause-8.4"] .review-findings li[data-correction="true"]');
  await expect(beside).toBeHidden();
  await openViewMenu(page);
  await page.getByRole('checkbox', { name: 'Translation review' }).check();
  await expect(beside).toBeVisible();
  await expect(beside).toContainText('Translation corrected on');
  await expect(beside.locator('ins')).toHaveText(after);
});
