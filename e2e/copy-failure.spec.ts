import { expect, test } from '@playwright/test';

// Issue 12, item 15: a copy the browser refuses (inside a console iframe the clipboard is often
// blocked; over plain HTTP navigator.clipboard does not exist) says so and gives the text to
// copy by hand. Both refusals are made in an init script, before the page's own script runs.

test('a refused copy says so, and selects the link in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      },
    });
  });
  await page.goto('/en/agreements/membership-agreement#clause-11.5');
  const button = page.locator('#clause-11\\.5 button[data-copy="link"]');
  await button.click();
  const status = page.getByRole('status').filter({ hasText: 'Copying was blocked here' });
  await expect(status).toBeVisible();
  await expect(status).toHaveText(
    'Copying was blocked here. The text is selected in the field below: press Ctrl+C (⌘C on a Mac) to copy it.',
  );
  const field = page.getByRole('textbox', { name: 'Text to copy' });
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toHaveValue(/\/en\/agreements\/membership-agreement#clause-11\.5$/);
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLInputElement) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length,
  ]);
  expect(selected).toEqual([0, selected[2], selected[2]]);
  // The panel leaves with Escape, and the reader is back on the button they pressed.
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(button).toBeFocused();
});

test('without navigator.clipboard (plain HTTP) the citation is offered to copy by hand, in Chinese', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await page.goto('/zh/agreements/membership-agreement#clause-11.5');
  await page.locator('#clause-11\\.5 button[data-copy="text"]').click();
  await expect(page.getByRole('status').filter({ hasText: '此处无法自动复制' })).toBeVisible();
  const field = page.getByRole('textbox', { name: '待复制的文字' });
  await expect(field).toHaveValue('《阿里云国际站会员协议》（版本 2019年10月），第11.5条');
  await expect(field).toBeFocused();
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(field).toBeHidden();
});
