import { expect, test } from '@playwright/test';
import { openViewMenu } from './helpers';

// The changelog of a reference translation (front matter `corrections`, each held by the content
// check to name a clause whose translation now reads as `after`), shown while reviewing.
test('the corrections of the translation are listed in the review section, and on their clause with the switch', async ({
  page,
}) => {
  await page.goto('/en/agreements/mns-terms');
  const panel = page.locator('#translation-review #review-corrections');
  await panel.locator('summary').click();
  const entry = panel.locator('li', { has: page.locator('a[href="#clause-8.4"]') });
  await expect(entry.locator('del')).toHaveAttribute('lang', 'zh-CN');
  await expect(entry.locator('ins')).toBeVisible();
  const beside = page.locator('[id="clause-8.4"] .review-findings li[data-correction="true"]');
  await expect(beside).toBeHidden();
  await openViewMenu(page);
  await page.getByRole('checkbox', { name: 'Translation review' }).check();
  await expect(beside).toContainText('Translation corrected on');
  await expect(beside.locator('ins')).toHaveText(await entry.locator('ins').innerText());
});
