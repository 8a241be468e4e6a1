import { expect, test } from '@playwright/test';

test('reading works with JavaScript off: an agreement, a deep link, the view controls', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/agreements/membership-agreement#clause-11.5');
  const row = page.locator('#clause-11\\.5');
  await expect(row).toBeInViewport();
  await expect(row.locator('[data-lang="en"]')).toContainText('Save only for any warranties');
  // The View menu is a native popover: it opens without a script.
  await page.getByRole('button', { name: 'View' }).click();
  await page.getByLabel('Chinese only').check();
  await expect(row.locator('[data-lang="en"]')).toBeHidden();
  await expect(row.locator('[data-lang="zh"]')).toBeVisible();
  await expect(row.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  await context.close();
});

// Deep links without JavaScript land on their clause however the rows above them are drawn:
// rows of several lengths and depths, on a phone and a desktop. Before the target row was kept
// drawn (styles/globals.css), one load in seven on a busy machine ended hundreds of pixels past
// it and stayed there.
test('a deep link lands on its clause without JavaScript, at 390 and 1280 px', async ({ browser }) => {
  // Soft: every link is tried, and each one that misses is reported.
  const softly = expect.configure({ soft: true });
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 720 } });
    const page = await context.newPage();
    for (const id of ['11.5', '11.4.e', '7.4.a', '2.10', '9', 'marketplace.2.4']) {
      await page.goto(`/en/agreements/membership-agreement#clause-${id}`);
      const top = () =>
        page.locator(`[id="clause-${id}"]`).evaluate((row) => Math.round(row.getBoundingClientRect().top));
      // Below the sticky toolbar (the rows' scroll-margin-top), within a second of loading: the
      // rows near the view are drawn in the frames after load.
      await softly
        .poll(
          async () => {
            const y = await top();
            return y >= 0 && y <= 200 ? 'in view' : `top ${y}`;
          },
          { message: `${id} at ${width} px`, timeout: 1000 },
        )
        .toBe('in view');
      await page.goto('about:blank');
    }
    await context.close();
  }
});
