import { expect, test } from '@playwright/test';
import { openViewMenu } from '../helpers';

// tests/fixtures/site: review-sample plants 7 days ↔ 5 days in 1.1 and an acknowledged
// 30 days ↔ 60 days in 1.3; 1.2 agrees (万分之五 ↔ 0.05%).
for (const [lang, label] of [
  ['en', 'Translation review'],
  ['zh', '译文审校'],
] as const) {
  test(`the review switch shows each finding beside its clause pair, and the count (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/agreements/review-sample`);
    const findings = page.locator('.review-findings');
    await expect(findings.first()).toBeHidden();
    await openViewMenu(page);
    await page.getByRole('checkbox', { name: label }).check();
    await expect(page.locator('.review-summary')).toHaveAttribute('data-findings', '2');
    await expect(page.locator('.review-summary')).toBeVisible();
    await expect(page.locator('[id="clause-1.1"] .review-findings')).toContainText(
      'zh has 7 days, en has 5 days',
    );
    await expect(page.locator('[id="clause-1.2"] .review-findings')).toHaveCount(0);
    const acknowledged = page.locator('[id="clause-1.3"] .review-findings li');
    await expect(acknowledged).toHaveAttribute('data-acknowledged', 'true');
    // The reason is given once, in the review report, where the row's link leads.
    await acknowledged.getByRole('link').click();
    await expect(page).toHaveURL(`/${lang}/agreements/review-sample/review#ack-clause-1.3`);
    await expect(page.locator('[id="ack-clause-1.3"]')).toContainText('Planted for the browser test');
    await expect(page.locator('[id="ack-clause-1.3"]')).toBeInViewport();
  });
}

test('the findings are seen only while the switch is on', async ({ page }) => {
  await page.goto('/en/agreements/review-sample');
  const finding = page.locator('[id="clause-1.1"] .review-findings');
  const toggle = page.getByRole('checkbox', { name: 'Translation review' });
  await expect(finding).toBeHidden();
  await openViewMenu(page);
  await toggle.check();
  await expect(finding).toBeVisible();
  await expect(finding).toHaveText(/zh has 7 days, en has 5 days/, { useInnerText: true });
  await toggle.uncheck();
  await expect(finding).toBeHidden();
});
