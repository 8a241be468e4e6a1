import { expect, test } from '@playwright/test';
import { axe, documentAt, enhanced, textOf } from './helpers';

const cell = (id: string, lang: 'en' | 'zh') => `[id="${id}"] .clause-cell[data-lang="${lang}"]`;

test('the membership agreement links its clause references to their targets, and only those (plain HTTP)', async ({
  request,
}) => {
  const document = await documentAt(request, '/en/agreements/membership-agreement');
  // Every reference in these cells, in reading order, as the text cites them: an extra or a
  // wrong link fails as a missing one does.
  const expectations: [string, string[]][] = [
    ['clause-1.2.b', ['#clause-3', '#clause-9']],
    ['clause-1.3', ['#clause-2.6', '#clause-12.1']],
    ['clause-2.3.b', ['#clause-2.3']],
    ['clause-8.5.c', ['#clause-4.1']],
    [
      'clause-8.5.d',
      [
        '#clause-2.9',
        '#clause-4',
        '#clause-5',
        '#clause-8',
        '#clause-9',
        '#clause-10',
        '#clause-11',
        '#clause-13',
      ],
    ],
    ['clause-eu-addendum.7', ['#clause-13.9']],
  ];
  for (const [id, targets] of expectations) {
    for (const lang of ['en', 'zh'] as const) {
      const hrefs = [...document.querySelectorAll(`${cell(id, lang)} a.reference-clause`)].map((a) =>
        a.getAttribute('href'),
      );
      expect(hrefs, `${id} ${lang}`).toEqual(targets);
    }
  }
});

test('clicking a reference moves to the target and marks it; the target lists what cites it', async ({
  page,
}) => {
  await page.goto('/zh/agreements/support-plan-terms');
  await page.locator(`${cell('clause-6.2.2', 'zh')} a.reference-clause[href="#clause-3"]`).click();
  await expect(page).toHaveURL(/#clause-3$/);
  const target = page.locator('[id="clause-3"]');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 244, 194)');
  await expect(target.locator('.referenced-by')).toContainText('被引用于');
  await expect(target.locator('.referenced-by a[href="#clause-6.2.2"]')).toBeVisible();
});

test('the preview shows the target on hover and on focus, and Escape closes it', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement#clause-1.3');
  await enhanced(page);
  const link = page.locator(`${cell('clause-1.3', 'en')} a[href="#clause-2.6"]`).first();
  const preview = page.getByRole('tooltip');
  await link.hover();
  await expect(preview).toBeVisible();
  await expect(preview.locator('.preview-label')).toHaveText('clause 2.6');
  await expect(preview).toContainText('2.6 Subject to any specific terms');
  await expect(link).toHaveAttribute('aria-describedby', 'reference-preview');
  // The pointer can move from the link into the card, to read or scroll it, without closing it.
  const box = (await preview.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(400);
  await expect(preview).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
  await link.focus();
  await expect(preview).toBeVisible();
  const scan = await axe(page).include('#reference-preview').analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('the preview closes a quarter second after the pointer leaves, not before, on the page clock', async ({
  page,
}) => {
  // The page's clock, paused: the grace that lets the pointer cross from the link to the card
  // is checked at 200 and 250 ms, not by waiting.
  await page.clock.install();
  await page.goto('/en/agreements/membership-agreement#clause-1.3');
  await enhanced(page);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const link = page.locator(`${cell('clause-1.3', 'en')} a[href="#clause-2.6"]`).first();
  const preview = page.getByRole('tooltip');
  await link.hover();
  await expect(preview).toBeVisible();
  await page.mouse.move(0, 0);
  await page.clock.runFor(200);
  await expect(preview).toBeVisible();
  await page.clock.runFor(50);
  await expect(preview).toBeHidden();
});

test('the glossary lists defined terms with links to where each is defined (plain HTTP)', async ({
  request,
}) => {
  const document = await documentAt(request, '/en/agreements/membership-agreement');
  const glossary = document.querySelector('#glossary')!;
  expect(textOf(glossary.querySelector('h2'))).toBe('Defined terms');
  const member = [...glossary.querySelectorAll('[data-glossary-entry]')].filter(
    (entry) => textOf(entry.querySelector('dt [data-lang="en"]')) === 'Member Content',
  );
  expect(member).toHaveLength(1);
  expect(member[0].querySelector('a')?.getAttribute('href')).toMatch(/^#clause-/);
  expect(textOf(member[0].querySelector('dt [data-lang="zh"]'))).toBe('会员内容');
});

test('a defined term shows its definition on hover and on focus', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement#clause-3.1.f');
  await enhanced(page);
  const term = page.locator(`${cell('clause-3.1.f', 'en')} a.reference-defined-term`, {
    hasText: 'Member Content',
  });
  await expect(term).toHaveAttribute('href', '#clause-3.1.d');
  await term.hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toContainText('“Member Content”');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await page.goto('/zh/agreements/support-plan-terms#clause-5.2');
  await enhanced(page);
  const zhTerm = page.locator(`${cell('clause-5.2', 'zh')} a.reference-defined-term`, {
    hasText: '保密信息',
  });
  await zhTerm.focus();
  await expect(preview).toContainText('本服务条款所称保密信息');
});

test('a glossary entry shows the defining clause on hover', async ({ page }) => {
  await page.goto('/zh/agreements/maxcompute-terms#glossary');
  await enhanced(page);
  const link = page
    .locator('#glossary [data-glossary-entry]', {
      has: page.locator('dt [data-lang="zh"]', { hasText: /^用户业务数据$/ }),
    })
    .locator('a')
    .first();
  await link.hover();
  await expect(page.getByRole('tooltip')).toContainText('用户业务数据');
});
