import { expect, test, type Page } from '@playwright/test';
import { enhanced } from '../helpers';

// Every control a reader can see is reached by Tab, and nothing else is: the whole page of a small
// fixture agreement (tests/fixtures/site/agreements/sample-membership, with its region picker,
// references, glossary and addenda), Tab pressed until focus comes round again. A radio group is
// one stop (the browser's rule: the arrows move within it), reached when any of its radios is.

/** Names every visible control in document order (`data-control`); returns their descriptions. */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const seen = new Set<string>();
    const names: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const radio = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : '';
      const name = radio
        ? `radio group ${radio}`
        : `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.id ?? ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" #${names.length}`;
      element.dataset.control = name;
      if (!seen.has(name)) names.push(name);
      seen.add(name);
    }
    return names;
  });
}

for (const [lang, path] of [
  ['en', '/en/agreements/sample-membership/eu'],
  ['zh', '/zh/agreements/sample-membership'],
] as const) {
  test(`Tab reaches every visible control of an agreement page, and only those (${lang})`, async ({
    page,
  }) => {
    await page.goto(path);
    await enhanced(page);
    // The copy and cite buttons are added while the page is idle: wait for every row's.
    const rows = await page.locator('.clause-actions[data-label]').count();
    await expect(page.locator('.clause-actions[data-label] button[data-copy="text"]')).toHaveCount(rows);
    const controls = await visibleControls(page);
    expect(controls.length).toBeGreaterThan(30);
    const reached: string[] = [];
    const strays: string[] = [];
    for (let i = 0; i < controls.length + 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        return (
          element.dataset.control ?? `${element.tagName.toLowerCase()}#${element.id}.${element.className}`
        );
      });
      if (focused === null) continue;
      if (controls.includes(focused)) reached.push(focused);
      else strays.push(focused);
    }
    expect(strays, 'focused but not a visible control').toEqual([]);
    expect(
      controls.filter((name) => !reached.includes(name)),
      'never reached by Tab',
    ).toEqual([]);
  });
}
