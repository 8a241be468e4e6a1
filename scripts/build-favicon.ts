// npx tsx scripts/build-favicon.ts — public/favicon.ico from public/favicon.svg, for the browsers
// and tools that ask for /favicon.ico and read no SVG. Chromium draws the SVG at 16, 32 and 48
// pixels; the .ico holds the three PNGs (an ICO directory of PNG images, read since Windows
// Vista and by every current browser). Run it when favicon.svg changes; both are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumFlags, systemChromium } from '../e2e/chromium';

const sizes = [16, 32, 48];

async function main() {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumFlags });
  const pngs: Buffer[] = [];
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
    );
    pngs.push(await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  await browser.close();
  writeFileSync('public/favicon.ico', ico(pngs));
  console.log(`public/favicon.ico: ${sizes.join(', ')} px`);
}

/** ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNGs. */
function ico(pngs: Buffer[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map((png, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(sizes[i] % 256, 0);
    entry.writeUInt8(sizes[i] % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

void main();
