import { expect, test, type Page } from '@playwright/test';
import { chromiumFlags, systemChromium } from './chromium';
import { axe, axeSummary } from './helpers';

// The search page against the index `npm run build` wrote (public/pagefind/). The expected
// clauses were found by reading the agreements: e.g. 违约金 (liquidated damages) is printed in
// exactly four clauses, MNS 8.5, the general terms' 3.4 (in both publications) and Support Plan
// 2.3. The membership agreement has no force-majeure clause; the other four agreements have one
// each (MNS 9, the general terms 12, Support Plan 8).

const results = (page: Page) => page.locator('[data-search-results] > li');

/** Opens the search page with a query and waits until the results are listed. */
async function search(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
  return results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const q = (query: string, extra = '') => `/en/search?q=${encodeURIComponent(query)}${extra}`;
const forceMajeure = [
  'mns-terms#clause-9.1',
  'maxcompute-terms#clause-12.1',
  'mini-program-cloud-terms#clause-12.1',
  'support-plan-terms#clause-8.1',
];

const cases: { query: string; top: number; expected: string[]; total?: number }[] = [
  // Deletion of the customer's data: 6.3 (deleted on release, no copy kept) and 6.5 (cannot be
  // recovered) of the general terms, in both publications.
  {
    query: '删除',
    top: 4,
    expected: [
      'maxcompute-terms#clause-6.3',
      'mini-program-cloud-terms#clause-6.3',
      'maxcompute-terms#clause-6.5',
      'mini-program-cloud-terms#clause-6.5',
    ],
  },
  {
    query: '数据删除',
    top: 4,
    expected: [
      'maxcompute-terms#clause-6.3',
      'mini-program-cloud-terms#clause-6.3',
      'maxcompute-terms#clause-6.5',
      'mini-program-cloud-terms#clause-6.5',
    ],
  },
  // The liability cap of MNS first: 违约金 twice in a short clause.
  {
    query: '违约金',
    top: 4,
    total: 4,
    expected: [
      'mns-terms#clause-8.5',
      'maxcompute-terms#clause-3.4',
      'mini-program-cloud-terms#clause-3.4',
      'support-plan-terms#clause-2.3',
    ],
  },
  // The force-majeure clauses, after their section headings.
  { query: '不可抗力', top: 8, expected: forceMajeure },
  { query: 'force majeure', top: 8, expected: forceMajeure },
  // The membership agreement's cap, as printed and as the Australia Addendum replaces it, in
  // both languages (2 clauses × 2 languages).
  {
    query: 'USD100',
    top: 4,
    total: 4,
    expected: ['membership-agreement#clause-11.5.p2', 'membership-agreement#clause-au-addendum.3'],
  },
  // A clause number finds the clause first.
  { query: '11.5', top: 1, expected: ['membership-agreement#clause-11.5'] },
];

// One page for every query: the first is read from the address, the others typed into the
// form, which searches in place (with Pagefind loaded once) and writes the query to the address.
test('each query finds the clauses a reader expects among the first results, with its words marked', async ({
  page,
}) => {
  const box = page.getByRole('searchbox', { name: 'Words, a phrase or a clause number' });
  for (const [i, { query, top, expected, total }] of cases.entries()) {
    let hrefs: string[];
    if (i === 0) hrefs = await search(page, q(query));
    else {
      await box.fill(query);
      await box.press('Enter');
      // The form writes the query to the address and marks the page as searching in one step.
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
      await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
      hrefs = await results(page)
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    }
    const first = hrefs.slice(0, top).map((href) => href.replace('/en/agreements/', ''));
    for (const clause of expected) expect(first, `${query}: ${clause}`).toContain(clause);
    if (total !== undefined) expect(hrefs, query).toHaveLength(total);
    // The words found are shown marked in the clause's text.
    const marks = await results(page).first().locator('mark').allTextContents();
    expect(marks.length, query).toBeGreaterThan(0);
    const words = query.toLowerCase().replace(/\s/g, '');
    for (const mark of marks)
      expect(words, `${query}: ${mark}`).toContain(mark.toLowerCase().replace(/[\s,;.，；]+$/, ''));
  }
});

test('the Chinese interface searches both languages too, and its links stay in Chinese', async ({ page }) => {
  const hrefs = await search(page, '/zh/search?q=force%20majeure');
  expect(hrefs.slice(0, 8)).toContain('/zh/agreements/mns-terms#clause-9.1');
  // The count is the legal text's: the sentence must give the number of clauses listed (one page).
  expect(hrefs.length).toBeLessThan(20);
  await expect(page.getByRole('status')).toHaveText(`共有 ${hrefs.length} 个条款与“force majeure”匹配。`);
  const chinese = await search(page, `/zh/search?q=${encodeURIComponent('违约金')}`);
  expect(chinese[0]).toBe('/zh/agreements/mns-terms#clause-8.5');
});

test('a result lands on its clause, marked as the target', async ({ page }) => {
  await search(page, q('11.5'));
  const first = results(page).first().getByRole('link');
  await expect(first).toHaveText('clause 11.5');
  await first.click();
  await expect(page).toHaveURL(/\/en\/agreements\/membership-agreement#clause-11\.5$/);
  const target = page.locator('[id="clause-11.5"]');
  await expect(target).toBeInViewport();
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
});

test('a clause only a region has links to that region', async ({ page }) => {
  // Europe Addendum 9.1(g), added to clause 9.1 in the Europe view only: "…its use of the
  // Alibaba Cloud Services constitutes a 'transfer'…" (GDPR); found by its number.
  const hrefs = await search(page, q('9.1(g)'));
  expect(hrefs).toContain('/en/agreements/membership-agreement/eu#clause-9.1.g');
  const item = results(page)
    .filter({ has: page.locator('a[href$="/eu#clause-9.1.g"]') })
    .first();
  await expect(item).toContainText('Europe view');
});

test('filters narrow the results: agreement, language of the text, highlight category', async ({ page }) => {
  const all = await search(page, q('force majeure'));
  const mns = await search(page, q('force majeure', '&agreement=mns-terms'));
  expect(mns.length).toBeGreaterThan(0);
  expect(mns.length).toBeLessThan(all.length);
  expect(mns.every((href) => href.startsWith('/en/agreements/mns-terms#'))).toBe(true);

  await search(page, q('USD100', '&text=zh'));
  await expect(results(page)).toHaveCount(2);
  for (const excerpt of await results(page).locator('p[lang]').all())
    await expect(excerpt).toHaveAttribute('lang', 'zh-CN');

  // In the form: ticking a category runs the search again, in place, and puts it in the URL.
  const unfiltered = await search(page, q('删除'));
  await page.getByRole('checkbox', { name: 'Deletes data' }).check();
  await expect(page).toHaveURL(/highlight=deletion/);
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
  const deletion = await results(page).count();
  expect(deletion).toBeGreaterThan(0);
  expect(deletion).toBeLessThan(unfiltered.length);
  for (const meta of await results(page).locator('p:not([lang])').allTextContents())
    expect(meta).toContain('Deletes data');
  // Back gives the unfiltered results again.
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Deletes data' })).not.toBeChecked();
  await expect(results(page)).toHaveCount(Math.min(unfiltered.length, 20));
});

test('on a phone the form and the results fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The longest agreement title is in the agreement filter; the results carry long labels.
  await search(page, q('USD100'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await expect(page.getByRole('button', { name: 'Search' })).toBeInViewport({ ratio: 1 });
});

test('on a phone the header has the search button alone; it opens the search page, ready to type', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/agreements/mns-terms');
  await expect(page.getByRole('searchbox', { name: 'Search all agreements' })).toBeHidden();
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/en/search?q=');
  await expect(page.getByRole('searchbox', { name: 'Words, a phrase or a clause number' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(
    'Type a word, a phrase or a clause number, such as 11.5.',
  );
});

test('the search page has no accessibility violations with its results, and no JavaScript-off message', async ({
  page,
}) => {
  await search(page, q('违约金'));
  await expect(page.locator('[data-search-noscript]')).toHaveCount(0);
  expect(axeSummary(await axe(page).analyze())).toEqual([]);
});

// Playwright's `javaScriptEnabled: false` stops scripts but leaves <noscript> unrendered; a
// browser whose scripting is off (Blink's own setting, as a reader's) renders it.
test('without JavaScript the search page says search needs it, and shows its form', async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: systemChromium(),
    args: [...chromiumFlags, '--blink-settings=scriptEnabled=false'],
  });
  const page = await browser.newPage({ baseURL });
  await page.goto(q('违约金'));
  const message = page.locator('[data-search-noscript]');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Search runs in your browser and needs JavaScript, which is off.');
  await expect(page.getByRole('searchbox', { name: 'Words, a phrase or a clause number' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Agreement' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  await browser.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box of an agreement page reaches the search page', async ({ page }) => {
    await page.goto('/en/agreements/mns-terms');
    await page.getByRole('searchbox', { name: 'Search all agreements' }).fill('违约金');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(`/en/search?q=${encodeURIComponent('违约金')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the agreements');
  });
});

test('the library and every kind of agreement page carry the search box', async ({ request }) => {
  for (const path of ['/en', '/zh', '/en/agreements/mns-terms', '/zh/agreements/membership-agreement/eu']) {
    const html = await (await request.get(path)).text();
    const form = /<form [^>]*role="search"[^>]*>/.exec(html)?.[0] ?? '';
    expect(form, path).toContain(` action="/${path.slice(1, 3)}/search"`);
    expect(form, path).toContain(' method="get"');
    expect(html, path).toMatch(/<input id="site-search" type="search"[^>]* name="q"/);
  }
});
