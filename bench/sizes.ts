import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumFlags, systemChromium } from '../e2e/chromium';

export interface PageSizes {
  html: number;
  js: number;
  css: number;
  jsFiles: number;
  /** Scripts the HTML names that the browser did not fetch (`nomodule` polyfills), gzip bytes. */
  jsNotLoaded: number;
}

const gz = (bytes: string | Buffer) => gzipSync(bytes).length;

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
}

/**
 * The gzip sizes of what Chromium fetches to show a page: the document, every script and every
 * stylesheet, until the network is idle (so chunks loaded after hydration count). Scripts the
 * HTML names but a module-capable browser never fetches (`<script nomodule>`) are reported
 * apart, not counted: counting them would charge the page for bytes no reader downloads.
 */
export async function pageSizes(browser: Browser, base: string, path: string): Promise<PageSizes> {
  const page = await browser.newPage();
  const fetched = new Map<string, { type: string; body: Promise<Buffer> }>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (['document', 'script', 'stylesheet'].includes(type) && response.status() === 200)
      fetched.set(response.url(), { type, body: response.body() });
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.close();
  const sizes = { html: 0, js: 0, css: 0, jsFiles: 0, jsNotLoaded: 0 };
  for (const { type, body } of fetched.values()) {
    const bytes = gz(await body);
    if (type === 'document') sizes.html += bytes;
    else if (type === 'stylesheet') sizes.css += bytes;
    else {
      sizes.js += bytes;
      sizes.jsFiles += 1;
    }
  }
  const html = await (await fetch(base + path)).text();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"[^>]*noModule/gi))
    if (![...fetched.keys()].some((url) => url.endsWith(src)))
      sizes.jsNotLoaded += gz(Buffer.from(await (await fetch(base + src)).arrayBuffer()));
  return sizes;
}

export function gzipSize(text: string): number {
  return gz(text);
}
