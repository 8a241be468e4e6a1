import { expect, test } from '@playwright/test';
import { documentAt, locales, openViewMenu, slugs, textOf } from './helpers';

// The rows of every agreement, read from its HTML over plain HTTP (no browser): each a clause id,
// each with one cell per language, in the interface language's order, each cell with its `lang`,
// none missing (the real agreements have every clause in both languages), one official column.
const rowsOf = (html: string) =>
  html
    .split(/(?=<div id="clause-[^"]*"[^>]*class="clause-row")/)
    .slice(1)
    .map((row) => ({
      id: /^<div id="([^"]*)"/.exec(row)![1],
      cells: [
        ...row.matchAll(
          /<div data-lang="(en|zh)" data-official="(true|false)" class="clause-cell"( lang="[^"]*")?/g,
        ),
      ].map((m) => `${m[1]}${m[3] ?? ' missing'}`),
    }));

for (const slug of slugs) {
  test(`${slug}: every clause row has its id and both language cells, in the interface language's order`, async ({
    request,
  }) => {
    for (const [lang, cells] of [
      ['en', ['en lang="en"', 'zh lang="zh-CN"']],
      ['zh', ['zh lang="zh-CN"', 'en lang="en"']],
    ] as const) {
      const html = await (await request.get(`/${lang}/agreements/${slug}`)).text();
      const rows = rowsOf(html);
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.filter((row) => !/^clause-[a-z0-9][a-z0-9.-]*$/.test(row.id))).toEqual([]);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      expect(rows.filter((row) => row.cells.join() !== cells.join())).toEqual([]);
      expect(html).not.toContain('data-missing');
      // One column heading is the official text's, and says so; the other is not.
      const headings = [
        ...html.matchAll(/data-official="(true|false)" class="column-heading [^"]*"[^>]*>([\s\S]*?)<\/div>/g),
      ].map((m) => `${m[1]} ${m[2].includes('status-official')}`);
      expect(headings.sort()).toEqual(['false false', 'true true']);
    }
  });
}

test('the interface language changes the chrome, never the texts', async ({ page }) => {
  const text = async (lang: string) => {
    await page.goto(`/${lang}/agreements/support-plan-terms`);
    const cell = page.locator('#clause-5\\.4\\.6 [data-lang="zh"]');
    // Rows out of view are not rendered (content-visibility) and innerText is the rendered
    // text: bring the row into view and wait for the frame that renders it.
    await cell.scrollIntoViewIfNeeded();
    await expect.poll(() => cell.innerText()).not.toBe('');
    return cell.innerText();
  };
  const zhChrome = await text('zh');
  const enChrome = await text('en');
  expect(zhChrome).toContain('接受方应法院');
  expect(enChrome).toBe(zhChrome);
  await openViewMenu(page);
  await expect(page.getByRole('group', { name: 'Show' })).toBeVisible();
});

test('view toggles show one language and swap the columns', async ({ page }) => {
  await page.goto('/en/agreements/maxcompute-terms');
  const zhCell = page.locator('#clause-10\\.5 [data-lang="zh"]');
  const enCell = page.locator('#clause-10\\.5 [data-lang="en"]');
  await expect(zhCell).toBeVisible();
  await expect(enCell).toBeVisible();
  await openViewMenu(page);
  await page.getByLabel('English only').check();
  await expect(zhCell).toBeHidden();
  await expect(enCell).toBeVisible();
  await page.getByLabel('Chinese only').check();
  await expect(enCell).toBeHidden();
  await expect(zhCell).toBeVisible();
  await page.getByLabel('Both languages').check();
  // The interface language's version first; swapped, the other.
  const before = (await enCell.boundingBox())!.x < (await zhCell.boundingBox())!.x;
  await page.getByLabel('Swap columns').check();
  const after = (await enCell.boundingBox())!.x < (await zhCell.boundingBox())!.x;
  expect(before).toBe(true);
  expect(after).toBe(false);
});

test('the table of contents lists parts and sections and links to them', async ({ page }) => {
  await page.goto('/zh/agreements/mini-program-cloud-terms');
  const toc = page.getByRole('navigation', { name: '目录' });
  await expect(toc.getByRole('link', { name: '专用服务条款' })).toHaveAttribute('href', '#part-specific');
  await toc.getByRole('link', { name: /16\. 【大数据计算服务】/ }).click();
  await expect(page).toHaveURL(/#clause-specific\.16$/);
  await expect(page.locator('#clause-specific\\.16')).toBeInViewport();
});

for (const [lang, first, second, labels] of [
  ['en', 'en', 'zh', ['English · Reference translation', '中文 · Official text']],
  ['zh', 'zh', 'en', ['中文 · 官方文本', 'English · 参考译文']],
] as const) {
  test(`on a phone the two versions stack, the interface language's first, each labelled (${lang})`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`/${lang}/agreements/maxcompute-terms#clause-10.5`);
    const top = page.locator(`#clause-10\\.5 .clause-cell[data-lang="${first}"]`);
    const below = page.locator(`#clause-10\\.5 .clause-cell[data-lang="${second}"]`);
    const a = (await top.boundingBox())!;
    const b = (await below.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    expect(Math.abs(b.x - a.x)).toBeLessThan(2);
    // Each stacked cell says, in words, which language it is and whether it is official.
    const label = (cell: typeof top) =>
      cell.evaluate((el) => getComputedStyle(el, '::before').content.replace(/^"|"$/g, ''));
    expect([await label(top), await label(below)]).toEqual(labels);
    await page.close();
  });
}

for (const lang of locales) {
  test(`copy link and cite put the clause's URL and citation on the clipboard (${lang})`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Opened at another clause, as from a console's link: the copied link names only its own.
    await page.goto(`/${lang}/agreements/membership-agreement#clause-11.4`);
    const row = page.locator('#clause-11\\.5');
    await row.locator('button[data-copy="text"]').click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    if (lang === 'en')
      expect(citation).toBe(
        'Alibaba Cloud International Website Membership Agreement (Version October 2019), clause 11.5',
      );
    else expect(citation).toBe('《阿里云国际站会员协议》（版本 2019年10月），第11.5条');
    await row.locator('button[data-copy="link"]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/${lang}/agreements/membership-agreement#clause-11\\.5$`));
  });
}

test('the reference-translation column says so and that the official text prevails', async ({ request }) => {
  for (const [lang, label, prevails] of [
    ['en', 'Reference translation', 'The official text prevails.'],
    ['zh', '参考译文', '以官方文本为准。'],
  ]) {
    const doc = await documentAt(request, `/${lang}/agreements/support-plan-terms`);
    const reference = doc.querySelector('.column-heading[data-official="false"]')!;
    expect(reference.getAttribute('data-lang'), lang).toBe('en');
    expect(textOf(reference), lang).toContain(label);
    expect(textOf(doc.querySelector('.agreement-header')), lang).toContain(prevails);
    expect(doc.querySelector('.column-heading[data-official="true"]')?.getAttribute('data-lang'), lang).toBe(
      'zh',
    );
  }
});

test('the table of contents follows the reader', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement#clause-11');
  const link = page.locator('#toc a[data-toc-target="clause-11"]');
  await expect(link).toHaveAttribute('aria-current', 'location');
});

test('the translation-review section gives the check result; the switch shows findings on clauses', async ({
  page,
}) => {
  await page.goto('/en/agreements/membership-agreement');
  const summary = page.locator('#translation-review .review-summary');
  await expect(summary).toHaveAttribute('data-findings', /^\d+$/);
  await page.getByRole('link', { name: 'Translation review' }).click();
  await expect(summary).toBeInViewport();
});
