import { expect, test } from '@playwright/test';
import { documentAt, openViewMenu, textOf } from './helpers';

test('every clause carries data-tags; liability and deletion clauses are marked with why', async ({
  request,
}) => {
  const doc = await documentAt(request, '/en/agreements/maxcompute-terms');
  const rows = [...doc.querySelectorAll('.clause-row')];
  expect(rows.length).toBeGreaterThan(100);
  expect(rows.filter((row) => !row.hasAttribute('data-tags')).map((row) => row.id)).toEqual([]);
  const tags = (id: string) => doc.querySelector(`[id="${id}"]`)?.getAttribute('data-tags');
  expect(tags('clause-10.5')).toMatch(/\bliability\b/);
  const mark = textOf(doc.querySelector('[id="clause-10.5"] .mark-liability'));
  expect(mark).toContain('Limits liability');
  expect(mark).toContain('marked because:');
  expect(tags('clause-specific.1.1.3')).toMatch(/\bdeletion\b/);
  expect(tags('clause-1')).toBe('');
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
  request,
}) => {
  const timeline = async (lang: string) =>
    textOf(
      (await documentAt(request, `/${lang}/agreements/maxcompute-terms`)).querySelector(
        '#deletion-timelines [data-timeline]',
      ),
    );
  const en = await timeline('en');
  expect(en).toContain('24 hours after arrears: service functions suspended');
  expect(en).toContain('15 days after arrears: the service terminated');
  expect(en).toContain('15 days after arrears: your data deleted (cannot be recovered)');
  expect(await timeline('zh')).toContain('欠费后15天：您的数据被删除 （不可恢复）');
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
