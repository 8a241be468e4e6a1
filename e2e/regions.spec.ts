import { expect, test } from '@playwright/test';
import { documentAt, textOf } from './helpers';

// The region pages' text (entity card, replaced, added and conditional clauses) is in the HTML:
// read over plain HTTP. The picker, Back and the language switch need the browser.
const card = '.entity-card';
const clause = (doc: Document, id: string) => doc.querySelector(`[id="${id}"]`);

test('Europe: the London entity, English law, the new 9.1(g) and the replaced 13.9', async ({ request }) => {
  const doc = await documentAt(request, '/en/agreements/membership-agreement/eu');
  const entity = textOf(doc.querySelector(card));
  for (const fact of [
    'Alibaba.com (Europe) Limited',
    'company number 06721521',
    '5 Southampton Street, London',
    'the law of England and Wales',
  ])
    expect(entity).toContain(fact);
  const clause139 = clause(doc, 'clause-13.9')!;
  expect(textOf(clause139.querySelector(':scope > .clause-cells > [data-lang="en"]'))).toContain(
    'law of England and Wales',
  );
  expect(textOf(clause139.querySelector('.region-mark'))).toContain('Replaced for Europe by Europe Addendum');
  expect(textOf(clause139.querySelector('.original-text'))).toContain('laws of Singapore');
  expect(textOf(clause(doc, 'clause-9.1.g'))).toContain('commercial, business or enterprise purposes');
  expect(textOf(clause(doc, 'clause-9.1.g')?.querySelector('.region-mark'))).toContain('Added for Europe');
});

test('Europe deep link lands on the replaced clause', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement/eu#clause-13.9');
  await expect(page.locator('[id="clause-13.9"]')).toBeInViewport();
  await expect(page.locator('[id="clause-13.9"] > .clause-cells > [data-lang="zh"]')).toContainText(
    '英格兰和威尔士',
  );
});

test('Australia: 10, 11.4, 11.5 replaced, 11.6–11.8 added, 13.9 conditional on NSW', async ({ request }) => {
  const doc = await documentAt(request, '/en/agreements/membership-agreement/au');
  const status = (id: string) => clause(doc, id)?.getAttribute('data-region-status');
  for (const id of ['clause-10', 'clause-11.4', 'clause-11.5']) expect(status(id), id).toBe('replaced');
  for (const id of ['clause-11.6', 'clause-11.7', 'clause-11.8']) expect(status(id), id).toBe('added');
  const clause139 = clause(doc, 'clause-13.9')!;
  expect(status('clause-13.9')).toBe('conditional');
  expect(textOf(clause139.querySelector('.conditional-text'))).toContain('New South Wales');
  expect(textOf([...clause139.querySelectorAll('.clause-cells')].at(-1))).toContain('Singapore');
});

test('us, in, my: each its entity, the main text unchanged', async ({ request }) => {
  for (const [region, entity] of [
    ['us', 'Alibaba Cloud US LLC'],
    ['in', 'Alibaba Cloud (India) LLP'],
    ['my', 'Alibaba Cloud (Malaysia) Sdn. Bhd.'],
  ]) {
    const doc = await documentAt(request, `/en/agreements/membership-agreement/${region}`);
    expect(textOf(doc.querySelector(card)), region).toContain(entity);
    expect(
      doc.querySelectorAll(
        '.clause-row[data-region-status="replaced"], .clause-row[data-region-status="added"]',
      ),
      region,
    ).toHaveLength(0);
    expect(textOf(clause(doc, 'clause-13.9')?.querySelector('[data-lang="en"]')), region).toContain(
      'laws of Singapore',
    );
  }
});

test('the Chinese agreements name 阿里云计算有限公司, PRC law and their courts', async ({ request }) => {
  const maxcompute = textOf(
    (await documentAt(request, '/zh/agreements/maxcompute-terms')).querySelector(card),
  );
  for (const fact of ['阿里云计算有限公司', '中华人民共和国大陆法律', '杭州市西湖区人民法院'])
    expect(maxcompute).toContain(fact);
  const support = await documentAt(request, '/zh/agreements/support-plan-terms');
  expect(textOf(support.querySelector(card))).toContain('被告所在地人民法院');
});

test('an unknown region, or one that does not apply, is a 404', async ({ request }) => {
  expect((await request.get('/en/agreements/membership-agreement/xx')).status()).toBe(404);
  expect((await request.get('/en/agreements/maxcompute-terms/eu')).status()).toBe(404);
});

test('the picker offers only the regions that apply and keeps the clause anchor', async ({ page }) => {
  // The regions that apply are a fact of content/regions.yaml: read from the build's export.
  const data = (await (await page.request.get('/data/agreements/membership-agreement.json')).json()) as {
    regions: { name: { en: string } }[];
  };
  expect(data.regions.length).toBeGreaterThan(1);
  await page.goto('/en/agreements/membership-agreement#clause-12.2');
  const select = page.getByLabel('Show the agreement as it binds customers with a billing address in');
  await expect(select.locator('option')).toHaveText(data.regions.map((region) => region.name.en));
  await select.selectOption({ label: 'Europe' });
  await expect(page).toHaveURL(/\/en\/agreements\/membership-agreement\/eu#clause-12\.2$/);
  await expect(page.locator('[id="clause-12.2"]')).toBeInViewport();
});

test('without JavaScript the regions are plain links', async ({ request }) => {
  const doc = await documentAt(request, '/zh/agreements/membership-agreement');
  const europe = [...doc.querySelectorAll('.region-picker a')].filter((a) => textOf(a) === '欧洲');
  expect(europe).toHaveLength(1);
  expect(europe[0].getAttribute('href')).toBe('/zh/agreements/membership-agreement/eu');
  const eu = await documentAt(request, europe[0].getAttribute('href')!);
  expect(textOf(eu.querySelector(card))).toContain('Alibaba.com (Europe) Limited');
});

test('back from a region, the picker shows the page it is on', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement');
  const select = page.getByLabel('Show the agreement as it binds customers with a billing address in');
  await select.selectOption({ label: 'Europe' });
  await expect(page).toHaveURL(/\/membership-agreement\/eu$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/membership-agreement$/);
  await expect(select.locator('option:checked')).toHaveText('International');
  await select.selectOption({ label: 'Europe' });
  await expect(page).toHaveURL(/\/membership-agreement\/eu$/);
});

test('the interface-language switch keeps the clause the reader is on', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement/eu#clause-13.9');
  await expect(page.locator('html[data-enhanced="agreement"]')).toBeAttached();
  await page.getByRole('link', { name: '中文界面' }).click();
  await expect(page).toHaveURL(/\/zh\/agreements\/membership-agreement\/eu#clause-13\.9$/);
  await expect(page.locator('[id="clause-13.9"]')).toBeInViewport();
});

test('the Australia card and 13.9 quote the condition once, and name the conditional terms apart', async ({
  request,
}) => {
  const doc = await documentAt(request, '/en/agreements/membership-agreement/au');
  const terms = [...doc.querySelectorAll(`${card} dt`)].map(textOf);
  expect(terms.filter((term) => term === 'Governing law')).toHaveLength(1);
  expect(terms.filter((term) => term.includes('Law and courts under a condition'))).toHaveLength(1);
  expect(textOf(doc.body)).not.toContain('Where Where');
  expect(textOf(clause(doc, 'clause-13.9')?.querySelector('.conditional-text'))).toContain(
    'Where this agreement is deemed a small business contract',
  );
  const zh = await documentAt(request, '/zh/agreements/membership-agreement/au');
  expect(textOf(zh.body)).not.toContain('如如');
});
