import { expect, test } from '@playwright/test';
import { axe, axeSummary, openViewMenu } from '../helpers';

// Full scans of the rows in every state they can be in, on short fixture agreements
// (tests/fixtures/site): sample-membership has a replaced, an added, an annotated, a
// conditionally replaced and a whole-addendum row in its regions, liability marks, references
// and back-references; review-sample has findings, one acknowledged, shown by the review switch.
const pages = [
  '/en/agreements/sample-membership',
  '/zh/agreements/sample-membership/eu',
  '/en/agreements/sample-membership/au',
  '/zh/agreements/review-sample',
];

for (const path of pages) {
  test(`axe finds no violations on ${path}, rows included`, async ({ page }) => {
    await page.goto(path);
    // The translation-review view and the printed originals are part of the page too.
    await openViewMenu(page);
    await page.locator('#review-toggle').check();
    for (const details of await page.locator('details').all())
      await details.evaluate((d) => d.setAttribute('open', ''));
    expect(axeSummary(await axe(page).analyze())).toEqual([]);
  });
}
