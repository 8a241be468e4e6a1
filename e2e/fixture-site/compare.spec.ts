import { expect, test } from '@playwright/test';
import { axe, axeSummary } from '../helpers';

// A compare page short enough to scan whole: the fixture agreement's International and
// Australia texts (a replaced clause, added clauses, a conditional replacement, the entity
// cards), every folded run opened.
for (const path of [
  '/en/agreements/sample-membership/compare/intl/au',
  '/zh/agreements/sample-membership/compare/eu/intl',
]) {
  test(`axe finds no violations on ${path}, every run opened`, async ({ page }) => {
    await page.goto(path);
    for (const details of await page.locator('details').all())
      await details.evaluate((d) => d.setAttribute('open', ''));
    expect(axeSummary(await axe(page).analyze())).toEqual([]);
  });
}
