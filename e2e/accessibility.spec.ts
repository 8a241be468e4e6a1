import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { locales, slugs } from './helpers';

const pages = [
  ...locales.flatMap((lang) => [`/${lang}`, ...slugs.map((slug) => `/${lang}/agreements/${slug}`)]),
  ...locales.flatMap((lang) =>
    ['eu', 'au', 'us'].map((region) => `/${lang}/agreements/membership-agreement/${region}`),
  ),
];

for (const path of pages) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('every control is reachable by keyboard', async ({ page }) => {
  await page.goto('/en/agreements/mns-terms');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.getByLabel('Chinese only').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('English only')).toBeChecked();
  await page.getByLabel('Swap columns').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Swap columns')).toBeChecked();
});
