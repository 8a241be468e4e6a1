import { expect, test } from '@playwright/test';
import { locales, slugs } from './helpers';

// Clause rows out of view are skipped (content-visibility: auto) and take the height their
// --lines / --lines-wide estimate gives (the stylesheet's contain-intrinsic-size, read here). If a row's real height exceeded it, the row's buttons would overflow
// onto the next row's while skipped (Lighthouse then fails its target-size audit), and rows
// would jump as they are drawn. Every row of every agreement, plus the region page with the
// most replaced text, on the narrowest phone, the narrowest two-column window and a desktop, in
// both interface languages.
const pages = locales.flatMap((lang) => [
  ...slugs.map((slug) => `/${lang}/agreements/${slug}`),
  `/${lang}/agreements/membership-agreement/au`,
]);

// One test per page, each page loaded once and laid out at the three widths in turn.
for (const path of pages) {
  test(`no clause row is taller than its placeholder at 320, 768 and 1350 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(path);
    await page.addStyleTag({ content: '.clause-row { content-visibility: visible !important }' });
    for (const width of [320, 768, 1350]) {
      await page.setViewportSize({ width, height: 900 });
      const over = await page.locator('.clause-row').evaluateAll((rows) =>
        rows.flatMap((row) => {
          // "auto 640px": the height used until the row is first drawn.
          const placeholder = parseFloat(getComputedStyle(row).containIntrinsicHeight.replace('auto', ''));
          if (!Number.isFinite(placeholder)) return [`${row.id}: no placeholder height`];
          const height = row.getBoundingClientRect().height;
          return height > placeholder
            ? [`${row.id}: ${Math.round(height)} > ${Math.round(placeholder)}`]
            : [];
        }),
      );
      expect(over, `${path} at ${width} px`).toEqual([]);
    }
  });
}

test('a row scrolled into view is drawn; the skipped rows are still found and copied', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement');
  const row = page.locator('[id="clause-11.5"]');
  await row.scrollIntoViewIfNeeded();
  await expect(row.locator('[data-lang="en"]')).toContainText('Save only for any warranties');
  const selected = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('.clauses')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  // Selecting the whole text copies rows never drawn, such as the last clause.
  expect(selected).toContain('13.9');
});
