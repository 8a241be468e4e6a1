import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The agreements on disk: the suite checks every one, so a new agreement is covered by default. */
export const slugs = readdirSync(path.join(__dirname, '..', 'content', 'agreements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const locales = ['en', 'zh'] as const;

/**
 * Waits until the agreement page's script (islands/agreement.ts) has run: a hover or key press
 * before then reaches no listener, as a reader's would not. The copy buttons come later, when
 * the page is idle: tests of those wait for the buttons themselves.
 */
export async function enhanced(page: Page): Promise<void> {
  await expect(page.locator('html[data-enhanced="agreement"]')).toBeAttached();
}

/**
 * axe on the page as it is. Legacy mode runs axe in the page itself: the default opens a blank
 * page to merge the results of cross-origin frames, a second per scan, and the pages scanned
 * have no frames (the framed embeds are tested in embed.spec.ts).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/**
 * A page's HTML over plain HTTP, parsed into a document (linkedom): what a reader with
 * JavaScript off gets, for the facts of the markup that need no browser.
 */
export async function documentAt(request: APIRequestContext, path: string, status = 200): Promise<Document> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(status);
  return parseHTML(await response.text()).document as unknown as Document;
}

/** An element's text with its white space collapsed, as Playwright's text assertions read it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** axe's violations, one line each: an empty list is a pass. */
export function axeSummary(results: { violations: { id: string; nodes: { target: unknown[] }[] }[] }) {
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

/**
 * Opens the reading toolbar's View menu (a native popover, so it works with JavaScript off):
 * the view, review and highlight switches are inside it.
 */
export async function openViewMenu(page: Page): Promise<void> {
  const menu = page.locator('#view-menu');
  if (await menu.evaluate((el) => el.matches(':popover-open'))) return;
  await page.locator('button[popovertarget="view-menu"]').click();
  await expect(menu).toBeVisible();
}

/**
 * Another server of the same build (`node server.mjs`, as `npm start`) on `port`, started with
 * `env` added (e.g. FRAME_ANCESTORS, which takes effect at start): resolves once it answers.
 * The caller kills it. The config's own servers are on E2E_PORT and E2E_PORT+1; specs take
 * other offsets (headers.spec +5, embed.spec +6).
 */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn('node', ['server.mjs'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`server.mjs did not start on port ${port}`);
}

/** The HTML files under `dir` (the build's prerendered pages: `.next/server/pages`), as paths relative to it. */
export function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.html')
        ? [`${prefix}${entry.name}`]
        : [],
  );
}
