import { expect, test } from '@playwright/test';
import { axe, axeSummary, documentAt, textOf } from './helpers';

// The compare pages. Every expectation was read off the texts by hand: the 通用服务条款 of
// content/agreements/mini-program-cloud-terms and maxcompute-terms side by side, and the Europe
// and Australia addenda in content/regions.yaml with the clauses they act on. The pages are read
// over plain HTTP as the HTML they are (they ship no script); folding, layout and axe need the
// browser.

const publications = '/en/compare/mini-program-cloud-terms/maxcompute-terms';
const regions = (a: string, b: string, lang = 'en') =>
  `/${lang}/agreements/membership-agreement/compare/${a}/${b}`;
const europe = 'Europe Addendum to Alibaba Cloud Membership Agreement';
const australia = 'Australia Addendum to Alibaba Cloud Membership Agreement';

/** What a clause marks: "side language del|ins text", in document order (screen-reader words left out). */
function marks(doc: Document, id: string): string[] {
  return [...doc.querySelectorAll(`[id="${id}"] del, [id="${id}"] ins`)].map((mark) => {
    const side = mark.closest('[data-side]')!.getAttribute('data-side');
    const language = mark.closest('[lang]')!.getAttribute('lang');
    const words = [...mark.childNodes].filter((node) => node.nodeType === 3);
    return `${side} ${language} ${mark.localName} ${words.map((node) => node.textContent).join('')}`;
  });
}

/** The summary's counts, label → number. */
function counts(doc: Document): Record<string, number> {
  const list = doc.querySelector('[data-testid="compare-counts"]')!;
  const values = [...list.querySelectorAll('dd')].map((dd) => Number(textOf(dd)));
  return Object.fromEntries([...list.querySelectorAll('dt')].map((dt, i) => [textOf(dt), values[i]]));
}

/** The texts of the elements `selector` finds, white space collapsed. */
const texts = (root: Document | Element, selector: string) =>
  [...root.querySelectorAll(selector)].map(textOf);

/** The rows of the entity-card comparison marked as differing. */
const differing = (doc: Document) => texts(doc, '[data-testid="compare-card"] tr[data-differs="true"] th');

/** The canonical link's path (absolute on SITE_URL: components/site/page-head.tsx). */
const canonical = (doc: Document) =>
  new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;

test('two publications: the clauses that differ and every word that differs in Chinese', async ({
  request,
}) => {
  const doc = await documentAt(request, publications);
  const mini = 'Alibaba Cloud Product Terms of Service (General)';
  const maxcompute = 'Alibaba Cloud Product Terms of Service – MaxCompute';
  expect(counts(doc)).toEqual({
    'Worded differently': 11,
    'Same words, qualified differently': 0,
    [`Only in ${mini}`]: 94,
    [`Only in ${maxcompute}`]: 0,
    'Identical (folded below)': 95,
  });
  expect(texts(doc, '[data-testid="compare-differing"] li')).toEqual([
    'Notice Clauses, paragraph 1 — Worded differently',
    'clause 3.2 — Worded differently',
    'clause 3.3 — Worded differently',
    'clause 3.4 — Worded differently',
    'clause 7.1 — Worded differently',
    'clause 7.3 — Worded differently',
    'clause 9.3.4 — Worded differently',
    'clause 14.5 — Worded differently',
    `Only in ${mini} (52 clauses): Product-Specific Terms, clause 1 to Product-Specific Terms, clause 15.2`,
    'Product-Specific Terms, clause 16 — Worded differently',
    'Product-Specific Terms, clause 16.1.2 — Worded differently',
    'Product-Specific Terms, clause 16.1.3 — Worded differently',
    `Only in ${mini} (42 clauses): Product-Specific Terms, clause 16.2 to Product-Specific Terms, clause 24.2`,
  ]);
  const chinese = (id: string) => marks(doc, id).filter((mark) => mark.includes(' zh-CN '));
  // 签署本《 / 签署《
  expect(chinese('clause-preamble.1')).toEqual(['a zh-CN del 本']);
  // 先付费： / 先付费, and 后付费：您可… / 后付费 ¶ 您可… (the paragraph break is not compared)
  expect(chinese('clause-3.2')).toEqual(['a zh-CN del ：']);
  expect(chinese('clause-3.3')).toEqual(['a zh-CN del ：']);
  // 追究其其他法律责任 / 追究其他法律责任
  expect(chinese('clause-3.4')).toEqual(['a zh-CN del 其']);
  // 服务等知识产权均属于提供方 / 服务等的知识产权均属于提供一方
  expect(chinese('clause-7.1')).toEqual(['b zh-CN ins 的', 'b zh-CN ins 一']);
  // 提起诉讼，违约方 / 提起诉讼,违约方 (a full-width comma against a half-width one)
  expect(chinese('clause-7.3')).toEqual(['a zh-CN del ，', 'b zh-CN ins ,']);
  // 发站内通知…终止本服务协议 / 发网站内通知…终止本服务服务协议
  expect(chinese('clause-9.3.4')).toEqual(['b zh-CN ins 网', 'b zh-CN ins 服务']);
  // 及其可执行性 / 及可执行性
  expect(chinese('clause-14.5')).toEqual(['a zh-CN del 其']);
  // 【大数据计算服务】大数据计算服务（简称… / [大数据计算服务]（简称…
  expect(chinese('clause-specific.16')).toEqual([
    'a zh-CN del 【',
    'a zh-CN del 】大数据计算服务',
    'b zh-CN ins [',
    'b zh-CN ins ]',
  ]);
  // 停止为您提供服务 / 停止为您继续提供服务; "15 X24" / "15 X 24" is spacing only
  expect(chinese('clause-specific.16.1.3')).toEqual(['b zh-CN ins 继续']);
  expect(chinese('clause-specific.16.1.2')).toEqual([]);

  // English, word by word.
  const english = (id: string) => marks(doc, id).filter((mark) => mark.includes(' en '));
  expect(english('clause-3.2')).toEqual(['a en del :']);
  expect(english('clause-3.4')).toEqual(['a en del your']);
  expect(english('clause-14.5')).toEqual(['a en del or their enforceability', 'b en ins and enforceability']);
  // A renumbered clause is named on each side.
  const section = doc.querySelector('[id="clause-specific.16.1.3"]')!;
  expect(textOf(section.querySelector('h2, h3, h4'))).toMatch(/^Product-Specific Terms, clause 16\.1\.3/);
  const other = section.querySelector('[data-side="b"] a')!;
  expect(textOf(other)).toBe(
    'Product-Specific Terms, clause 1.1.3 in Alibaba Cloud Product Terms of Service – MaxCompute',
  );
  expect(other.getAttribute('href')).toBe('/en/agreements/maxcompute-terms#clause-specific.1.1.3');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('identical clauses fold away and open', async ({ page }) => {
    await page.goto(publications);
    const run = page.locator('details').filter({ hasText: 'Identical clauses (32): clause 3.5 to clause 7' });
    const clause = run.locator('[id="clause-4.1"]');
    await expect(clause).toBeHidden();
    await run.locator('summary').click();
    await expect(clause).toBeVisible();
    await expect(clause.locator('[lang="zh-CN"]')).toHaveText(/^成功订购服务后/);
  });
});

test('the reverse order is the same comparison read from the other side', async ({ request }) => {
  const doc = await documentAt(request, '/en/compare/maxcompute-terms/mini-program-cloud-terms');
  expect(marks(doc, 'clause-3.4').filter((mark) => mark.includes(' zh-CN '))).toEqual(['b zh-CN ins 其']);
  expect(canonical(doc)).toBe(publications);
  const swap = [...doc.querySelectorAll('a')].filter((a) => textOf(a).startsWith('Swap sides'));
  expect(swap.map((a) => a.getAttribute('href'))).toEqual([publications]);
});

test('the Chinese interface', async ({ request }) => {
  const doc = await documentAt(request, '/zh/compare/mini-program-cloud-terms/maxcompute-terms');
  expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
  expect(texts(doc, 'h1')).toEqual(['同一条款的两个发布版本比较']);
  expect(counts(doc)['措辞不同']).toBe(11);
  expect(texts(doc, '[id="clause-3.4"] h3')).toEqual(['第3.4条 措辞不同']);
});

test('International and Europe: each difference with the Europe Addendum item that makes it', async ({
  request,
}) => {
  const doc = await documentAt(request, regions('intl', 'eu'));
  expect(differing(doc)).toEqual([
    'Contracting party Differs',
    'Registration Differs',
    'Registered address Differs',
    'Governing law Differs',
    'Courts Differs',
    'Notices to Differs',
    'Applies when Differs',
    'Addenda in force Differs',
  ]);
  const law = [...doc.querySelectorAll('[data-testid="compare-card"] tr')].filter((tr) =>
    textOf(tr).includes('Governing law'),
  );
  expect(textOf(law[0].querySelectorAll('td')[1])).toContain('the law of England and Wales');
  const item = (n: number) => `${europe}, item ${n}`;
  const attribution = (id: string) => texts(doc, `[id="${id}"] ul li`);
  expect(attribution('clause-preamble.1')).toEqual([`Contracting entity for Europe set by ${item(1)}`]);
  expect(attribution('clause-2.1')).toEqual([`Contracting entity for Europe set by ${item(1)}`]);
  expect(attribution('only-b-9.1.g')).toEqual([`Added for Europe by ${item(3)}`]);
  expect(attribution('clause-10')).toEqual([
    `Qualified for Europe by ${item(4)}`,
    `Qualified for Europe by ${item(5)}`,
  ]);
  expect(attribution('clause-11')).toEqual([
    `Qualified for Europe by ${item(4)}`,
    `Qualified for Europe by ${item(5)}`,
  ]);
  expect(attribution('clause-12.2')).toEqual([`Contracting entity for Europe set by ${item(1)}`]);
  expect(attribution('clause-13.7')).toEqual([`Reference changed for Europe by ${item(6)}`]);
  expect(attribution('clause-13.9')).toEqual([`Replaced for Europe by ${item(7)}`]);
  expect(attribution('clause-gdpr-addendum.1')).toEqual([`Applies to Europe under ${item(2)}`]);
  expect(counts(doc)).toMatchObject({
    'Worded differently': 2,
    'Same words, qualified differently': 6,
    'Only in International': 0,
    'Only in Europe': 1,
  });
  // The words of Europe Addendum item 4 qualify clause 10, in the Europe column.
  expect(texts(doc, '[id="clause-10"] [data-side="b"] blockquote[lang="en"]')[0]).toBe(
    'The restrictions in Clauses 10 and 11 of this Agreement shall apply to the fullest extent permitted by applicable law.',
  );
  expect(doc.querySelectorAll('[id="clause-10"] [data-side="a"] blockquote')).toHaveLength(0);
  // 13.7: "the Contracts (Rights of Third Parties) Act (Cap. 53 B) (Rev Ed 2002)" → "the English … Act 1999"
  expect(marks(doc, 'clause-13.7').filter((mark) => mark.includes(' en '))).toEqual([
    'a en del (Cap. 53 B) (Rev Ed 2002)',
    'b en ins English',
    'b en ins 1999',
  ]);
  // 13.9 is replaced whole: Singapore law struck through, England and Wales underlined.
  const replaced = marks(doc, 'clause-13.9');
  expect(replaced.filter((mark) => mark.startsWith('a en'))).toEqual([
    'a en del This Agreement shall be governed by the laws of Singapore without regard to its conflict of law provisions. The parties to the Terms hereby submit to the exclusive jurisdiction of the courts of Singapore.',
  ]);
  expect(replaced.filter((mark) => mark.startsWith('b en'))).toHaveLength(1);
  expect(marks(doc, 'only-b-9.1.g')).toEqual([
    'b en ins You will use the Alibaba Cloud Services and Alibaba Cloud Platform only for commercial, business or enterprise purposes in the course of your trade or profession, not personal consumer use.',
    'b zh-CN ins 您将仅在您的行业或职业过程中为商业、业务或企业目的使用阿里云服务和阿里云平台，而不作个人消费用途。',
  ]);
});

test('International and Australia: replacements, additions and the conditional law', async ({ request }) => {
  const doc = await documentAt(request, regions('intl', 'au'));
  const item = (n: number) => `${australia}, item ${n}`;
  const attribution = (id: string) => texts(doc, `[id="${id}"] ul li`);
  expect(attribution('clause-10')).toEqual([`Replaced for Australia by ${item(1)}`]);
  expect(attribution('clause-11.4')).toEqual([`Replaced for Australia by ${item(2)}`]);
  expect(attribution('clause-11.5')).toEqual([`Replaced for Australia by ${item(3)}`]);
  for (const added of ['11.6', '11.7', '11.8'])
    expect(attribution(`only-b-${added}`)).toEqual([`Added for Australia by ${item(4)}`]);
  const condition =
    'Where this agreement is deemed a small business contract for the purposes of the unfair contract terms under the Australian Consumer Law';
  expect(attribution('clause-13.9')).toEqual([`Replaced for Australia by ${item(6)} (${condition})`]);
  const conditional = textOf(doc.querySelector('[id="clause-13.9"] [data-side="b"]'));
  expect(conditional).toContain(`${condition}, this text applies instead:`);
  expect(conditional).toContain('governed by and construed in accordance with the law of New South Wales');
  expect(differing(doc)).toEqual([
    'Governing law under a condition Differs',
    'Courts under a condition Differs',
    'Applies when Differs',
    'Addenda in force Differs',
  ]);
  const conditionalLaw = [...doc.querySelectorAll('[data-testid="compare-card"] tr')].filter((tr) =>
    textOf(tr).includes('Governing law under a condition'),
  );
  expect(textOf(conditionalLaw[0].querySelector('td'))).toContain('None');
  // Clause 10 of International (heading, its paragraphs and items a–e) against the one clause
  // the Australia Addendum puts in its place.
  expect(doc.querySelectorAll('[id="clause-10"] [data-side="a"] [lang="en"] p')).toHaveLength(8);
  expect(doc.querySelectorAll('[id="clause-10"] [data-side="b"] [lang="en"] p')).toHaveLength(1);
});

test('a region pair whose texts are the same says so; the reverse order works', async ({ request }) => {
  const same = await documentAt(request, regions('us', 'intl'));
  expect(textOf(same.body)).toContain('The texts are the same, clause for clause');
  expect(differing(same)).toEqual(['Contracting party Differs', 'Applies when Differs']);
  expect(canonical(same)).toBe(regions('intl', 'us'));
  const doc = await documentAt(request, regions('eu', 'intl'));
  expect(marks(doc, 'clause-9.1.g')).toHaveLength(2);
  expect(marks(doc, 'clause-9.1.g')[0]).toMatch(/^a en del You will use/);
  const swap = [...doc.querySelectorAll('a')].filter((a) => textOf(a) === 'Swap sides: International first');
  expect(swap.map((a) => a.getAttribute('href'))).toEqual([regions('intl', 'eu')]);
});

test('how many clauses differ between each pair of regions', async ({ request }) => {
  // Worded differently, qualified differently, only in the first, only in the second: Europe
  // qualifies preamble.1, 2.1, 10, 11, 12.2 and the GDPR Addendum, changes 13.7 and 13.9, adds
  // 9.1(g); Australia replaces 10, 11.4, 11.5, adds 11.6–11.8, conditions 13.9; the United States,
  // India and Malaysia change no clause.
  const plain = [0, 0, 0, 0];
  const eu = [2, 6, 0, 1];
  const au = [3, 1, 0, 3];
  const expected: Record<string, number[]> = {
    'intl eu': eu,
    'intl us': plain,
    'intl in': plain,
    'intl my': plain,
    'intl au': au,
    'eu us': [2, 6, 1, 0],
    'eu in': [2, 6, 1, 0],
    'eu my': [2, 6, 1, 0],
    'eu au': [5, 5, 1, 3],
    'us in': plain,
    'us my': plain,
    'us au': au,
    'in my': plain,
    'in au': au,
    'my au': au,
  };
  const found: Record<string, number[]> = {};
  for (const pair of Object.keys(expected)) {
    const [a, b] = pair.split(' ');
    const html = await (await request.get(regions(a, b))).text();
    const list = /data-testid="compare-counts">(.*?)<\/dl>/s.exec(html)![1];
    found[pair] = [...list.matchAll(/<dd[^>]*>(\d+)<\/dd>/g)].map((m) => Number(m[1])).slice(0, 4);
  }
  expect(found).toEqual(expected);
});

test('only comparable pairs exist: anything else is a 404', async ({ request }) => {
  const status = async (path: string) => (await request.get(path)).status();
  expect(await status('/zh/compare/maxcompute-terms/mini-program-cloud-terms')).toBe(200);
  for (const path of [
    '/en/compare/mns-terms/maxcompute-terms',
    '/en/compare/membership-agreement/support-plan-terms',
    '/en/compare/maxcompute-terms/maxcompute-terms',
    '/en/compare/unknown/maxcompute-terms',
    '/fr/compare/mini-program-cloud-terms/maxcompute-terms',
    regions('intl', 'intl'),
    regions('intl', 'cn'),
    regions('intl', 'xx'),
    '/en/agreements/mns-terms/compare/cn/intl',
    '/en/agreements/maxcompute-terms/compare/cn/cn',
  ])
    expect(await status(path), path).toBe(404);
});

test('every compare page: unique ids, known languages, in-page links that land', async ({ request }) => {
  const keys = ['intl', 'eu', 'us', 'in', 'my', 'au'];
  const paths = ['en', 'zh'].flatMap((lang) => [
    `/${lang}/compare/mini-program-cloud-terms/maxcompute-terms`,
    `/${lang}/compare/maxcompute-terms/mini-program-cloud-terms`,
    ...keys.flatMap((a) => keys.filter((b) => b !== a).map((b) => regions(a, b, lang))),
  ]);
  const attribute = (html: string, name: string) =>
    [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const ids = attribute(html, 'id');
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      `${path}: ids used twice`,
    ).toEqual([]);
    expect(
      [...new Set(attribute(html, 'lang'))].filter((l) => l !== 'en' && l !== 'zh-CN'),
      path,
    ).toEqual([]);
    const known = new Set(ids);
    const broken = attribute(html, 'href')
      .filter((href) => href.startsWith('#') && href.length > 1)
      .filter((href) => !known.has(decodeURIComponent(href.slice(1))));
    expect(broken, `${path}: in-page links without a target`).toEqual([]);
  }
  expect(paths).toHaveLength(64);
});

test('agreement pages link to their comparisons', async ({ request }) => {
  const links = async (path: string) => {
    const html = await (await request.get(path)).text();
    const nav = /data-testid="compare-links">(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
    return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
  };
  expect(await links('/en/agreements/membership-agreement/eu')).toEqual(
    ['intl', 'us', 'in', 'my', 'au'].map((other) => regions('eu', other)),
  );
  expect(await links('/zh/agreements/membership-agreement')).toEqual(
    ['eu', 'us', 'in', 'my', 'au'].map((other) => regions('intl', other, 'zh')),
  );
  expect(await links('/en/agreements/maxcompute-terms')).toEqual([
    '/en/compare/maxcompute-terms/mini-program-cloud-terms',
  ]);
  expect(await links('/en/agreements/mini-program-cloud-terms')).toEqual([publications]);
  expect(await links('/en/agreements/mns-terms')).toEqual([]);
});

test('on a 390 px phone the two sides stack and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [publications, regions('eu', 'au', 'zh')]) {
    await page.goto(path);
    const clause = page.locator('[id="clause-13.9"], [id="clause-3.4"]').first();
    const a = await clause.locator('[data-side="a"]').first().boundingBox();
    const b = await clause.locator('[data-side="b"]').first().boundingBox();
    expect(b!.y, path).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(b!.x, path).toBe(a!.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

// Everything but the folded runs' contents, which repeat the open clauses' markup (a full scan
// of a real compare page takes 30 s here); e2e/fixture-site/compare.spec.ts scans a short
// compare page whole, every run opened.
for (const path of [publications, regions('intl', 'au', 'zh')]) {
  test(`axe finds no violations on ${path}, folded runs aside`, async ({ page }) => {
    await page.goto(path);
    const results = await axe(page).exclude('details[id] > :not(summary)').analyze();
    expect(axeSummary(results)).toEqual([]);
  });
}
