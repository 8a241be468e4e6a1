import { expect, test } from '@playwright/test';

// tests/fixtures/site/agreements/one-sided-clause: clause 1.2 is in the official English text
// only, 1.4 in the Chinese translation only. Each row keeps its place, shows its one text, and in
// the other language's column says in words that the clause has no counterpart there.
for (const [lang, zhMissing, enMissing] of [
  [
    'en',
    'This clause has no counterpart in the Chinese version.',
    'This clause has no counterpart in the English version.',
  ],
  ['zh', '中文版本中没有与本条对应的内容。', '英文版本中没有与本条对应的内容。'],
] as const) {
  test(`a clause in one language only keeps its row and says the other side has none (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/${lang}/agreements/one-sided-clause`);
    const attribute = (selector: string, name: string) =>
      page.locator(selector).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name);
    expect(await attribute('.clause-row', 'id')).toEqual([
      'clause-1',
      'clause-1.1',
      'clause-1.2',
      'clause-1.3',
      'clause-1.4',
    ]);
    // The interface language's version is the first column.
    const columns = lang === 'en' ? ['en', 'zh'] : ['zh', 'en'];
    const expected: Record<string, Record<string, string>> = {
      '1.2': { en: '1.2 You may close your account at any time from the console.', zh: zhMissing },
      '1.4': { en: enMissing, zh: '1.4 您应使用真实姓名注册账号。' },
    };
    const full = page.locator('[id="clause-1.1"] .clause-cell');
    const left = (await full.nth(0).boundingBox())!;
    const right = (await full.nth(1).boundingBox())!;
    for (const [ref, texts] of Object.entries(expected)) {
      const cells = page.locator(`[id="clause-${ref}"] .clause-cell`);
      expect(await attribute(`[id="clause-${ref}"] .clause-cell`, 'data-lang')).toEqual(columns);
      await expect(cells).toHaveText(columns.map((language) => texts[language]));
      const missing = ref === '1.2' ? 'zh' : 'en';
      const present = missing === 'zh' ? 'en' : 'zh';
      const cell = (language: string) =>
        page.locator(`[id="clause-${ref}"] .clause-cell[data-lang="${language}"]`);
      const gap = cell(missing);
      await expect(gap).toHaveAttribute('data-missing', 'true');
      // Words of the interface, not of the agreement: no language of the text is claimed.
      expect(await gap.getAttribute('lang')).toBeNull();
      await expect(gap.locator('p')).toHaveCSS('font-style', 'italic');
      await expect(gap.locator('p')).toHaveCSS('color', 'rgb(87, 96, 106)');
      await expect(cell(present)).toHaveAttribute('lang', present === 'zh' ? 'zh-CN' : 'en');
      expect(await cell(present).getAttribute('data-missing')).toBeNull();
      // Side by side, each in its language's column, as the full rows above it.
      const boxes = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!];
      expect(Math.round(boxes[0].x)).toBe(Math.round(left.x));
      expect(Math.round(boxes[1].x)).toBe(Math.round(right.x));
      expect(Math.round(boxes[0].y)).toBe(Math.round(boxes[1].y));
    }
  });
}
