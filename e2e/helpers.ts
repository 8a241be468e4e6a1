import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The agreements on disk: the suite checks every one, so a new agreement is covered by default. */
export const slugs = readdirSync(path.join(__dirname, '..', 'content', 'agreements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const locales = ['en', 'zh'] as const;

/**
 * Waits until the page's islands run: the clipboard island adds its buttons after hydration, once
 * the page is idle. A hover before then reaches no listener, as a reader's would not.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('.clause-actions button[data-copy]').first()).toBeAttached();
}
