// npx tsx scripts/screenshots.ts [baseURL] [path…] — desktop and phone screenshots of pages in
// both interface languages, written to e2e/screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumFlags, systemChromium } from '../e2e/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const paths = process.argv.slice(3);
const executablePath = systemChromium();
const viewports = { desktop: { width: 1440, height: 1000 }, phone: { width: 390, height: 844 } };

async function main() {
  mkdirSync('e2e/screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: chromiumFlags,
  });
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const file = `e2e/screenshots/${name}${path.replace(/[/#]+/g, '_')}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}
main();
