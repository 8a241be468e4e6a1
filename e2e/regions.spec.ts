import { expect, test } from '@playwright/test';

const card = '.entity-card';

test('Europe: the London entity, English law, the new 9.1(g) and the replaced 13.9', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement/eu');
  await expect(page.locator(card)).toContainText('Alibaba.com (Europe) Limited');
  await expect(page.locator(card)).toContainText('company number 06721521');
  await expect(page.locator(card)).toContainText('5 Southampton Street, London');
  await expect(page.locator(card)).toContainText('the law of England and Wales');
  const clause139 = page.locator('[id="clause-13.9"]');
  await expect(clause139.locator('> .clause-cells > [data-lang="en"]')).toContainText(
    'law of England and Wales',
  );
  await expect(clause139.locator('.region-mark')).toContainText('Replaced for Europe by Europe Addendum');
  await expect(clause139.locator('.original-text')).toContainText('laws of Singapore');
  await expect(page.locator('[id="clause-9.1.g"]')).toContainText(
    'commercial, business or enterprise purposes',
  );
  await expect(page.locator('[id="clause-9.1.g"] .region-mark')).toContainText('Added for Europe');
});

test('Europe deep link lands on the replaced clause', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement/eu#clause-13.9');
  await expect(page.locator('[id="clause-13.9"]')).toBeInViewport();
  await expect(page.locator('[id="clause-13.9"] > .clause-cells > [data-lang="zh"]')).toContainText(
    '英格兰和威尔士',
  );
});

test('Australia: 10, 11.4, 11.5 replaced, 11.6–11.8 added, 13.9 conditional on NSW', async ({ page }) => {
  await page.goto('/en/agreements/membership-agreement/au');
  for (const id of ['clause-10', 'clause-11.4', 'clause-11.5']) {
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-region-status', 'replaced');
  }
  for (const id of ['clause-11.6', 'clause-11.7', 'clause-11.8']) {
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-region-status', 'added');
  }
  const clause139 = page.locator('[id="clause-13.9"]');
  await expect(clause139).toHaveAttribute('data-region-status', 'conditional');
  await expect(clause139.locator('.conditional-text')).toContainText('New South Wales');
  await expect(clause139.locator('.clause-cells').last()).toContainText('Singapore');
});

for (const [region, entity] of [
  ['us', 'Alibaba Cloud US LLC'],
  ['in', 'Alibaba Cloud (India) LLP'],
  ['my', 'Alibaba Cloud (Malaysia) Sdn. Bhd.'],
] as const) {
  test(`${region}: its entity, the main text unchanged`, async ({ page }) => {
    await page.goto(`/en/agreements/membership-agreement/${region}`);
    await expect(page.locator(card)).toContainText(entity);
    await expect(
      page.locator('.clause-row[data-region-status="replaced"], .clause-row[data-region-status="added"]'),
    ).toHaveCount(0);
    await expect(page.locator('[id="clause-13.9"] [data-lang="en"]')).toContainText('laws of Singapore');
  });
}

test('the Chinese agreements name 阿里云计算有限公司, PRC law and their courts', async ({ page }) => {
  await page.goto('/zh/agreements/maxcompute-terms');
  await expect(page.locator(card)).toContainText('阿里云计算有限公司');
  await expect(page.locator(card)).toContainText('中华人民共和国大陆法律');
  await expect(page.locator(card)).toContainText('杭州市西湖区人民法院');
  await page.goto('/zh/agreements/support-plan-terms');
  await expect(page.locator(card)).toContainText('被告所在地人民法院');
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

test('without JavaScript the regions are plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/agreements/membership-agreement');
  await page.getByRole('link', { name: '欧洲', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/agreements\/membership-agreement\/eu$/);
  await expect(page.locator(card)).toContainText('Alibaba.com (Europe) Limited');
  await context.close();
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
  page,
}) => {
  await page.goto('/en/agreements/membership-agreement/au');
  const card = page.locator('.entity-card');
  await expect(card.locator('dt', { hasText: /^Governing law$/ })).toHaveCount(1);
  await expect(card.locator('dt', { hasText: 'Law and courts under a condition' })).toHaveCount(1);
  await expect(page.locator('body')).not.toContainText('Where Where');
  await expect(page.locator('[id="clause-13.9"] .conditional-text')).toContainText(
    'Where this agreement is deemed a small business contract',
  );
  await page.goto('/zh/agreements/membership-agreement/au');
  await expect(page.locator('body')).not.toContainText('如如');
});
