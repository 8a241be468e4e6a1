/**
 * `npx tsx bench/search.ts`: the search index's size and the time to the first result on a cold
 * page. Needs `npm run build` first (the index is public/pagefind/, the page .next/); starts
 * `node server.mjs` on BENCH_PORT (3400) and stops it. Prints a table; not part of `npm run bench`
 * yet, and not a test: timings on these shared machines are evidence to read.
 *
 * Sizes: every file of public/pagefind/ per language, split into the index (what grows with the
 * content: index chunks, fragments, filters, meta) and Pagefind's own code (its script, worker
 * and WebAssembly, which do not); and what a reader's browser fetched for one query.
 * Time: a new browser context per run (nothing cached), /en/search?q=… loaded, time from the
 * start of navigation to the first result in the list, median of BENCH_RUNS (5); then a second
 * query typed into the same page (index and WebAssembly loaded), to its results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { openBrowser } from './sizes';

const port = Number(process.env.BENCH_PORT ?? 3400);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const base = `http://127.0.0.1:${port}`;
const indexDir = path.join('public', 'pagefind');
const queries = ['违约金', 'force majeure', '11.5'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function indexSizes() {
  const code = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;
  return readdirSync(indexDir).map((language) => {
    const all = files(path.join(indexDir, language)).map((file) => ({ file, bytes: statSync(file).size }));
    const sum = (list: typeof all) => list.reduce((total, f) => total + f.bytes, 0);
    return {
      language,
      files: all.length,
      total: sum(all),
      index: sum(all.filter((f) => !code.test(path.basename(f.file)))),
      code: sum(all.filter((f) => code.test(path.basename(f.file)))),
    };
  });
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn('node', ['server.mjs'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, PORT: String(port) },
  });
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${base}/en`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server.mjs did not start on port ${port}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const sizes = indexSizes();
  console.log('index on disk (bytes)');
  console.table(sizes);
  console.log(
    `total: ${sizes.reduce((t, s) => t + s.total, 0)} bytes in ${sizes.reduce((t, s) => t + s.files, 0)} files`,
  );

  const server = await startServer();
  const browser = await openBrowser();
  try {
    const rows = [];
    for (const lang of ['en', 'zh']) {
      for (const query of queries) {
        const cold: number[] = [];
        const warm: number[] = [];
        let fetched = 0;
        let requests = 0;
        for (let run = 0; run < runs; run++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          const sizes: Promise<number>[] = [];
          page.on('requestfinished', (request) => {
            if (new URL(request.url()).pathname.startsWith('/pagefind/'))
              sizes.push(request.sizes().then((size) => size.responseBodySize));
          });
          // The moment the first result enters the list, on the page's clock (0 = navigation start).
          await page.addInitScript(() => {
            new MutationObserver((_, observer) => {
              if (document.querySelector('[data-search-results] > li')) {
                (window as unknown as { firstResult: number }).firstResult = performance.now();
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
          });
          await page.goto(`${base}/${lang}/search?q=${encodeURIComponent(query)}`);
          await page.waitForFunction(() => (window as unknown as { firstResult?: number }).firstResult);
          cold.push(await page.evaluate(() => (window as unknown as { firstResult: number }).firstResult));
          const settled = await Promise.all(sizes);
          fetched = settled.reduce((total, size) => total + size, 0);
          requests = settled.length;
          // A second query on the loaded page.
          const started = await page.evaluate(() => performance.now());
          await page.locator('#search-query').fill('删除');
          await page.locator('#search-query').press('Enter');
          await page.waitForFunction(
            () =>
              document.querySelector('[data-search-root]')?.getAttribute('data-state') === 'done' &&
              document.querySelector('[data-search-status]')?.textContent?.includes('删除'),
          );
          warm.push((await page.evaluate(() => performance.now())) - started);
          await context.close();
        }
        rows.push({
          page: `/${lang}/search`,
          query,
          'first result, cold (ms)': Math.round(median(cold)),
          'cold runs (ms)': cold.map(Math.round).join(' '),
          'next query, warm (ms)': Math.round(median(warm)),
          'pagefind requests': requests,
          'pagefind bytes fetched': fetched,
        });
      }
    }
    console.log(`time to first result (median of ${runs}) and what one cold query fetched`);
    console.table(rows);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
