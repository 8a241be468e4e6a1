import { expect, test } from '@playwright/test';
import { enhanced } from '../helpers';

// tests/fixtures/site/agreements/failed-reference: clause 1.1 cites Clause 9.9, which neither
// language has, and Clause 1.2, which exists. The pipeline keeps a reference it cannot resolve as
// text (lib/references/link-references.ts): the reader sees the words as printed, in the text's
// own style, with no link to follow and no preview; the working reference beside it is a link.
test('a reference to a clause that does not exist reads as plain text, in both languages', async ({
  page,
}) => {
  await page.goto('/en/agreements/failed-reference#clause-1.1');
  await enhanced(page);
  await expect(page.locator('a[href="#clause-9.9"]')).toHaveCount(0);
  const preview = page.getByRole('tooltip');
  for (const [lang, failed, working] of [
    ['en', 'Clause 9.9', 'Clause 1.2'],
    ['zh', '第9.9条', '第1.2条'],
  ] as const) {
    const cell = page.locator(`[id="clause-1.1"] .clause-cell[data-lang="${lang}"]`);
    await expect(cell.locator('a')).toHaveText([working]);
    await expect(cell.locator('a')).toHaveAttribute('href', '#clause-1.2');
    const text = cell.locator('.reference-missing-clause');
    await expect(text).toHaveText(failed);
    expect(await text.evaluate((el) => el.closest('a'))).toBeNull();
    // Styled as the sentence around it: no underline, no other colour, no pointer.
    const style = (el: Element) => {
      const css = getComputedStyle(el);
      return [css.textDecorationLine, css.color, css.cursor];
    };
    const paragraph = await cell.locator('p').evaluate(style);
    expect(await text.evaluate(style)).toEqual(paragraph);
    expect(paragraph[0]).toBe('none');
    // Hovering it shows nothing; hovering the working reference shows its clause.
    await text.hover();
    await page.waitForTimeout(300);
    await expect(preview).toBeHidden();
    await cell.locator('a').hover();
    await expect(preview.locator('.preview-label')).toHaveText('clause 1.2');
    await page.mouse.move(0, 0);
    await expect(preview).toBeHidden();
  }
});
