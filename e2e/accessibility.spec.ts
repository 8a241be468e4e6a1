import { expect, test } from '@playwright/test';
import { axe, axeSummary as summary } from './helpers';

// A full scan of a long agreement takes 10–30 s on this machine, nearly all of it in the clause
// rows (even excluded, axe walks them), which every agreement renders with the same components.
// The rows are scanned in full on the fixture site (e2e/fixture-site/accessibility.spec.ts),
// whose short agreements show every state a row can be in; here real pages are scanned outside
// their rows (header, region card, controls, contents, highlight lists, glossary, timelines),
// one of each kind: the membership agreement in English, in Chinese in Europe (another entity
// and law) and in Australia (notices and added clauses), and the MaxCompute terms in Chinese
// (deletion timelines and a product-specific part, which the membership agreement lacks). The sections come from the same components on every
// agreement; what the real text changes in the markup (ids, lang attributes, in-page links) is
// checked on every page without a browser (e2e/page-html.spec.ts).
const full = ['/en', '/zh', '/en/agreements/none', '/en/agreements/membership-agreement/review'];
const withoutRows = [
  '/en/agreements/membership-agreement',
  '/zh/agreements/membership-agreement/eu',
  '/en/agreements/membership-agreement/au',
  '/zh/agreements/maxcompute-terms',
];

for (const path of full) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(summary(await axe(page).analyze())).toEqual([]);
  });
}

for (const path of withoutRows) {
  test(`axe finds no violations outside the clause rows of ${path}`, async ({ page }) => {
    await page.goto(path);
    // Excluded rows are still walked by axe (its tree is the whole document's): taken out of the
    // document instead, the scan is a few seconds. The part headings and every section after the
    // text stay in it.
    await page.evaluate(() => document.querySelectorAll('.clause-row').forEach((row) => row.remove()));
    expect(summary(await axe(page).analyze())).toEqual([]);
  });
}

test('the skip link, the View menu and its switches, and go to clause work from the keyboard (every control: fixture-site/keyboard.spec.ts)', async ({
  page,
}) => {
  await page.goto('/en/agreements/mns-terms');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // The View button opens its menu from the keyboard; Escape closes it and focus returns.
  const view = page.getByRole('button', { name: 'View' });
  await view.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#view-menu')).toBeVisible();
  await page.getByLabel('Chinese only').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('English only')).toBeChecked();
  await page.getByLabel('Swap columns').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Swap columns')).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.locator('#view-menu')).toBeHidden();
  // The go-to field is a form control too: typed and sent from the keyboard.
  await page.getByRole('textbox', { name: /Go to clause/ }).focus();
  await page.keyboard.type('第8.4条');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#clause-8\.4$/);
  await expect(page.locator('[id="clause-8.4"]')).toBeInViewport();
});
