import { expect, test } from '@playwright/test';
import { locales, slugs } from './helpers';

// Prerendered HTML that the browser has to repair (a link inside a link, a block inside a <p>)
// makes React throw away the page on hydration: every page must hydrate without an error.
const pages = [
  ...locales.flatMap((lang) => [`/${lang}`, ...slugs.map((slug) => `/${lang}/agreements/${slug}`)]),
  '/en/agreements/membership-agreement/eu',
  '/zh/agreements/membership-agreement/au',
];

for (const path of pages) {
  test(`${path} hydrates without errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(errors).toEqual([]);
  });
}
