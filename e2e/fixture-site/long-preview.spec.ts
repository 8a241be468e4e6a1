import { expect, test, type Locator, type Page } from '@playwright/test';
import { enhanced } from '../helpers';

// tests/fixtures/site/agreements/long-preview: clause 2.1 cites clause 1.1, 3,578
// characters in English and 1,016 in Chinese, taller than a desktop or a phone screen. The preview card (islands/reference-preview.ts)
// names the clause, holds all of its text, fits on the screen, and scrolls inside itself, without
// moving the page, until its last words are in view.
const cases = [
  {
    width: 1440,
    height: 900,
    lang: 'en',
    label: 'clause 1.1',
    start: '1.1 You will use the services only for lawful purposes',
    end: 'The last words of the acceptable use rules are these.',
    open: (link: Locator) => link.hover(),
  },
  {
    width: 390,
    height: 844,
    lang: 'zh',
    label: '第1.1条',
    start: '1.1 您仅可为合法目的并按照本规则使用服务。',
    end: '可接受使用规则的最后一句话就是这一句。',
    // A phone has no hover: the preview opens on focus.
    open: (link: Locator) => link.focus(),
  },
] as const;

for (const { width, height, lang, label, start, end, open } of cases) {
  test(`a long target's preview shows all of it, scrolling inside the card (${width} px, ${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/${lang}/agreements/long-preview#clause-2.1`);
    await enhanced(page);
    const link = page.locator(`[id="clause-2.1"] .clause-cell[data-lang="${lang}"] a[href="#clause-1.1"]`);
    await open(link);
    const card = page.getByRole('tooltip');
    await expect(card).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'reference-preview');
    await expect(card.locator('.preview-label')).toHaveText(label);
    // The whole clause, in its language, not a cut.
    const body = card.locator('[lang]');
    await expect(body).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const text = (await body.textContent())!;
    expect(text.startsWith(start)).toBe(true);
    expect(text.endsWith(end)).toBe(true);
    const printed = await page.locator(`[id="clause-1.1"] .clause-cell[data-lang="${lang}"]`).textContent();
    expect(text).toBe(printed);
    expect(text.length).toBe(lang === 'zh' ? 1016 : 3578);

    await expectOnScreen(page, card, width, height);
    const sizes = () =>
      card.evaluate((el) => ({ top: el.scrollTop, view: el.clientHeight, all: el.scrollHeight }));
    const before = await sizes();
    expect(before.top).toBe(0);
    expect(before.all).toBeGreaterThan(before.view);
    expect(await lastLineShown(card)).toBe(false);

    // The reader moves into the card and scrolls it to the end; the page stays where it was.
    const pageTop = await page.evaluate(() => window.scrollY);
    // hover() waits for the card to stand still (the page may still be laying out rows).
    await card.hover();
    await page.mouse.wheel(0, 4000);
    await expect.poll(async () => lastLineShown(card)).toBe(true);
    const after = await sizes();
    expect(after.top + after.view).toBeGreaterThanOrEqual(after.all - 1);
    expect(await page.evaluate(() => window.scrollY)).toBe(pageTop);
    await expect(card).toBeVisible();
    await expectOnScreen(page, card, width, height);
  });
}

async function expectOnScreen(page: Page, card: Locator, width: number, height: number) {
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
  expect(page.viewportSize()).toEqual({ width, height });
}

/** Whether the clause's last line lies inside the card's visible box. */
function lastLineShown(card: Locator): Promise<boolean> {
  return card.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
    const range = document.createRange();
    range.setStart(last!, Math.max(0, last!.length - 1));
    range.setEnd(last!, last!.length);
    const line = range.getBoundingClientRect();
    const view = el.getBoundingClientRect();
    return line.top >= view.top && line.bottom <= view.bottom;
  });
}
