import { expect, test } from '@playwright/test';
import { openViewMenu } from '../helpers';

// tests/fixtures/site/agreements/highlight-disagreement: in 2.1 only the official Chinese text
// limits liability (不对…承担责任; the English translation leaves it out), in 2.2 only the English
// translation deletes data. The row carries the tag, the mark quotes the one language's words,
// and the translation-review switch adds which language the rules found it in.
for (const [lang, label, marks, notes] of [
  [
    'en',
    'Translation review',
    ['Limits liability marked because: 不对 … 承担责任', 'Deletes data marked because: delete your data'],
    [
      'The rules find “Limits liability” in the Chinese text only.',
      'The rules find “Deletes data” in the English text only.',
    ],
  ],
  [
    'zh',
    '译文审校',
    ['限制责任 标注依据： 不对 … 承担责任', '删除数据 标注依据： delete your data'],
    ['规则仅在中文文本中发现“限制责任”。', '规则仅在英文文本中发现“删除数据”。'],
  ],
] as const) {
  test(`a tag only one language's rules give is marked, and the review says which (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/agreements/highlight-disagreement`);
    const rows = [page.locator('[id="clause-2.1"]'), page.locator('[id="clause-2.2"]')];
    await expect(rows[0]).toHaveAttribute('data-tags', 'liability');
    await expect(rows[1]).toHaveAttribute('data-tags', 'deletion');
    await expect(page.locator('[id="clause-1.1"]')).toHaveAttribute('data-tags', '');
    // The whole row is washed in its category's tint, the side without the words too.
    for (const [row, tint] of [
      [rows[0], 'rgb(255, 244, 242)'],
      [rows[1], 'rgb(246, 242, 255)'],
    ] as const)
      await expect(row.locator('.clause-cells')).toHaveCSS('background-color', tint);
    for (const [i, row] of rows.entries()) {
      const mark = row.locator('.highlight-mark');
      await expect(mark).toHaveCount(1);
      // The quoted words are the one language's only, in that language.
      await expect(mark.locator('q')).toHaveCount(1);
      await expect(mark.locator('q')).toHaveAttribute('lang', i === 0 ? 'zh-CN' : 'en');
      const note = mark.locator('.review-findings-inline');
      await expect(note).toBeHidden();
      await expect(mark).toHaveText(`${marks[i]} ${notes[i]}`);
      // What is on screen: the note is not, until the review switch is on.
      expect((await mark.innerText()).replace(/\s+/g, ' ').trim()).toBe(marks[i]);
    }
    await openViewMenu(page);
    await page.getByRole('checkbox', { name: label }).check();
    for (const [i, row] of rows.entries()) {
      const note = row.locator('.highlight-mark .review-findings-inline');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(notes[i]);
    }
  });
}
