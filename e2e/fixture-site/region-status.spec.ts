import { expect, test } from '@playwright/test';

// tests/fixtures/site/agreements/stacked-effects in its `stacked` region (regions.yaml): the
// Stacked Addendum hits 1.2–1.7 with two effects each, one row per pair of the four statuses an
// effect gives, and 1.1 with one. A row's status is the higher-ranked of its effects
// (lib/regions/apply-effects.ts `rank`: qualified < conditionally replaced < reference changed
// < replaced), so swapping any two ranks changes at least one row below. Written from the
// fixture files: what each item does, in the order regions.yaml applies them.
const item = (n: number) => `Stacked Addendum, item ${n}`;
const qualified = (n: number) => `Qualified for Stacked region by ${item(n)}`;
const conditional = (n: number) => `Replaced for Stacked region by ${item(n)} (Where you are a public body)`;
const modified = (n: number) => `Reference changed for Stacked region by ${item(n)}`;
const replaced = (n: number) => `Replaced for Stacked region by ${item(n)}`;

const rows: {
  ref: string;
  status: string;
  change: string;
  marks: string[];
  /** The English text that binds in the region, and as printed where the page offers it. */
  text: string;
  printed?: string;
}[] = [
  {
    ref: '1.1',
    status: 'annotated',
    change: 'qualified',
    marks: [qualified(1)],
    text: '1.1 You may use the services for your own business.',
  },
  {
    ref: '1.2',
    status: 'conditional',
    change: 'conditionally replaced',
    marks: [qualified(1), conditional(2)],
    text: '1.2 Fees are due within 30 days of the invoice.',
  },
  {
    ref: '1.3',
    status: 'modified',
    change: 'reference changed',
    marks: [qualified(1), modified(3)],
    text: '1.3 Disputes are decided under the Local Arbitration Act 2020.',
    printed: '1.3 Disputes are decided under the Example Arbitration Act 2001.',
  },
  {
    ref: '1.4',
    status: 'replaced',
    change: 'replaced',
    marks: [qualified(1), replaced(4)],
    text: "1.4 Either party may end these Terms with 30 days' notice.",
    printed: "1.4 Either party may end these Terms with 90 days' notice.",
  },
  {
    ref: '1.5',
    status: 'modified',
    change: 'reference changed',
    marks: [conditional(6), modified(5)],
    text: '1.5 Notices are given under the Local Notices Act 2020.',
    printed: '1.5 Notices are given under the Example Notices Act 2001.',
  },
  {
    ref: '1.6',
    status: 'replaced',
    change: 'replaced',
    marks: [replaced(7), conditional(8)],
    text: "1.6 Example Stacked may change the services with 60 days' notice.",
    printed: "1.6 Example Stacked may change the services with 30 days' notice.",
  },
  {
    ref: '1.7',
    status: 'replaced',
    change: 'replaced',
    marks: [modified(9), replaced(10)],
    text: '1.7 Records are kept under local law.',
    printed: '1.7 Records are kept under the Example Records Act 2001.',
  },
];

test('a row with two addendum effects takes the higher-ranked status', async ({ page }) => {
  await page.goto('/en/agreements/stacked-effects/stacked');
  await expect(page.locator('.region-changes li')).toHaveText(
    rows.map(({ ref, change }) => `clause ${ref} — ${change}`),
  );
  for (const { ref, status, marks, text, printed } of rows) {
    const row = page.locator(`[id="clause-${ref}"]`);
    await expect(row, ref).toHaveAttribute('data-region-status', status);
    await expect(row.locator('.region-marks')).toHaveAttribute('data-status', status);
    await expect(row.locator('.region-mark')).toHaveText(marks);
    const cell = row.locator('> .clause-cells > .clause-cell[data-lang="en"]');
    await expect(cell).toHaveText(text);
    // Replaced clauses are washed; a qualified, conditional or changed reference is not.
    await expect(cell, ref).toHaveCSS(
      'background-color',
      status === 'replaced' ? 'rgb(243, 248, 254)' : 'rgba(0, 0, 0, 0)',
    );
    const original = row.locator('.original-text .clause-cell[data-lang="en"]');
    if (printed) await expect(original).toHaveText(printed);
    else await expect(original).toHaveCount(0);
  }
  // A conditional replacement stays beside the row whatever else the row's status is.
  await expect(page.locator('[id="clause-1.6"] .conditional-text .clause-cell[data-lang="en"]')).toHaveText(
    '1.6 Example Stacked may not change the services.',
  );
});

test('the default region reads every clause as printed', async ({ request }) => {
  const html = await (await request.get('/en/agreements/stacked-effects')).text();
  // A row the region leaves as printed carries no status (components/clause/clause-row.tsx).
  const rows = [...html.matchAll(/<div id="clause-[^"]+"[^>]*class="clause-row"/g)].map((m) => m[0]);
  expect(rows.length).toBe(19);
  expect(rows.filter((row) => row.includes('data-region-status'))).toEqual([]);
});
