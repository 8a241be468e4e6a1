import { expect, test } from '@playwright/test';
import { openViewMenu } from './helpers';

test('every clause carries data-tags; liability and deletion clauses are marked with why', async ({
  page,
}) => {
  await page.goto('/en/agreements/maxcompute-terms');
  const rows = page.locator('.clause-row');
  const withoutAttribute = await rows.evaluateAll(
    (els) => els.filter((el) => !el.hasAttribute('data-tags')).length,
  );
  expect(withoutAttribute).toBe(0);
  const liability = page.locator('[id="clause-10.5"]');
  await expect(liability).toHaveAttribute('data-tags', /\bliability\b/);
  await expect(liability.locator('.mark-liability')).toContainText('Limits liability');
  await expect(liability.locator('.mark-liability')).toContainText('marked because:');
  await expect(page.locator('[id="clause-specific.1.1.3"]')).toHaveAttribute('data-tags', /\bdeletion\b/);
  await expect(page.locator('[id="clause-1"]')).toHaveAttribute('data-tags', '');
});

test('the legend toggles each category, and the official bold stays', async ({ page }) => {
  await page.goto('/zh/agreements/maxcompute-terms#clause-10.6');
  const mark = page.locator('[id="clause-10.6"] .mark-liability');
  await expect(mark).toBeVisible();
  await openViewMenu(page);
  await page.getByRole('checkbox', { name: /限制责任/ }).uncheck();
  await expect(mark).toBeHidden();
  await expect(page.locator('[id="clause-10.6"] [data-lang="zh"] strong').first()).toBeVisible();
  await page.getByRole('checkbox', { name: /限制责任/ }).check();
  await expect(mark).toBeVisible();
  await page.getByRole('checkbox', { name: /删除数据/ }).uncheck();
  await expect(page.locator('[id="clause-specific.1.1.3"] .mark-deletion')).toBeHidden();
});

test('the summary lists the highlighted clauses per category and links to them', async ({ page }) => {
  await page.goto('/en/agreements/mns-terms');
  await page.locator('#toc').getByRole('link', { name: 'Highlighted clauses' }).click();
  const liability = page.locator('.summary-liability');
  await expect(liability.getByRole('heading')).toContainText('Limits liability');
  await liability.getByRole('link', { name: 'clause 8.4', exact: true }).click();
  await expect(page).toHaveURL(/#clause-8\.4$/);
  await expect(page.locator('[id="clause-8.4"]')).toBeInViewport();
  await expect(page.locator('.summary-deletion li').first()).toBeVisible();
});

test('the MaxCompute timeline: 24 hours to suspension, 15 days to termination and deletion', async ({
  page,
}) => {
  await page.goto('/en/agreements/maxcompute-terms#deletion-timelines');
  const timeline = page.locator('#deletion-timelines [data-timeline]').first();
  await expect(timeline).toContainText('24 hours after arrears: service functions suspended');
  await expect(timeline).toContainText('15 days after arrears: the service terminated');
  await expect(timeline).toContainText('15 days after arrears: your data deleted (cannot be recovered)');
  await page.goto('/zh/agreements/maxcompute-terms#deletion-timelines');
  await expect(page.locator('#deletion-timelines [data-timeline]').first()).toContainText(
    '欠费后15天：您的数据被删除 （不可恢复）',
  );
});

test('the highlight switches are reachable by keyboard', async ({ page }) => {
  await page.goto('/en/agreements/mns-terms');
  await openViewMenu(page);
  const toggle = page.getByRole('checkbox', { name: /Limits liability/ });
  await toggle.focus();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('.mark-liability').first()).toBeHidden();
});
