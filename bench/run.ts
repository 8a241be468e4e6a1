// npm run bench [-- --check]: measures the site on this machine and writes bench/results.json.
// See bench/README.md for what each number is and the budgets --check holds them to.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { budgets, checkBudgets } from './budgets';
import { benchBuild } from './build-scale';
import { floorPage } from './floor';
import { runLighthouse, runLighthouseMedian, type LighthouseResult } from './lighthouse';
import { runLoad } from './load';
import { benchPipeline } from './pipeline';
import { gzipSize, openBrowser, pageSizes } from './sizes';

const pages = [
  { path: '/en', sources: null },
  { path: '/en/agreements/membership-agreement', sources: 'membership-agreement' },
  { path: '/zh/agreements/mini-program-cloud-terms', sources: 'mini-program-cloud-terms' },
] as const;
const port = Number(process.env.BENCH_PORT ?? 3290);
// Mobile Lighthouse runs per page; the median run is reported (scores vary by ±5 between runs on these shared machines).
const mobileRuns = Number(process.env.BENCH_MOBILE_RUNS ?? 5);
const base = `http://127.0.0.1:${port}`;
const content = path.join(process.cwd(), 'content', 'agreements');
// The floor pages are served by the same server as the site (from public/, so compressed and
// sent alike), and measured in the same run: every ratio compares figures of one run.
const floorDir = path.join('public', 'bench-floor');
const floorPath = (slug: string) => `/bench-floor/${slug}.html`;

function timedBuild(): number {
  const started = performance.now();
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('npm run build failed');
  return Math.round((performance.now() - started) / 100) / 10;
}

async function startServer(): Promise<ChildProcess> {
  mkdirSync(path.join('bench', 'tmp'), { recursive: true });
  const log = openSync(path.join('bench', 'tmp', 'server.log'), 'w');
  const server = spawn('node', ['server.mjs'], {
    stdio: ['ignore', log, log],
    detached: true,
    env: { ...process.env, PORT: String(port) },
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** Writes the floor page of an agreement where the server serves it; its gzip size. */
function writeFloor(slug: string): number {
  const sources = ['en', 'zh'].map((language) => ({
    language,
    text: readFileSync(path.join(content, slug, `${language}.md`), 'utf8'),
  }));
  const html = floorPage(sources);
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(path.join('public', floorPath(slug)), html);
  return gzipSize(html);
}

async function main() {
  const check = process.argv.includes('--check');
  process.env.CHROME_PATH ??=
    spawnSync('sh', ['-c', 'command -v chromium || true']).stdout.toString().trim() || undefined;
  console.log('bench: next build at 1× and 10× the content …');
  const builds = benchBuild(content, path.join('content', 'regions.yaml'), path.join('bench', 'tmp'));
  console.log('bench: npm run build …');
  const buildSeconds = timedBuild();
  console.log('bench: pipeline 1×, 10×, 50× …');
  const pipeline = benchPipeline(content, path.join(process.cwd(), 'bench', 'tmp'));
  const floors = new Map(pages.flatMap((p) => (p.sources ? [[p.sources, writeFloor(p.sources)]] : [])));
  const server = await startServer();
  const browser = await openBrowser();
  try {
    const results = [];
    for (const page of pages) {
      console.log(`bench: ${page.path} …`);
      const sizes = await pageSizes(browser, base, page.path);
      const floor = page.sources ? floors.get(page.sources)! : null;
      const mobile = runLighthouseMedian(base + page.path, 'mobile', mobileRuns);
      const desktop: LighthouseResult = runLighthouse(base + page.path, 'desktop');
      const floorMobile = page.sources
        ? runLighthouseMedian(base + floorPath(page.sources), 'mobile', mobileRuns)
        : null;
      const total = sizes.html + sizes.js + sizes.css;
      const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
      results.push({
        path: page.path,
        sizes,
        floorHtml: floor,
        htmlToFloor: floor ? ratio(sizes.html, floor) : null,
        totalToFloor: floor ? ratio(total, floor) : null,
        mobile,
        desktop,
        floorMobile,
        lcpToFloor: floorMobile ? ratio(mobile.lcpMs, floorMobile.lcpMs) : null,
      });
    }
    console.log('bench: load …');
    const load = await runLoad(base + pages[1].path);
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      buildSeconds,
      builds,
      pipeline,
      pages: results,
      load,
      budgets,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync(path.join('bench', 'results.json'), JSON.stringify(report, null, 2) + '\n');
    printTable(report);
    const misses = checkBudgets(report);
    for (const line of misses.lines) console.log(line);
    if (check && misses.failed > 0) process.exitCode = 1;
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

function printTable(report: {
  buildSeconds: number;
  builds: ReturnType<typeof benchBuild>;
  pipeline: ReturnType<typeof benchPipeline>;
  pages: {
    path: string;
    sizes: { html: number; js: number; css: number; jsFiles: number };
    floorHtml: number | null;
    htmlToFloor: number | null;
    totalToFloor: number | null;
    mobile: LighthouseResult & { performanceRuns: number[] };
    desktop: LighthouseResult;
    floorMobile: (LighthouseResult & { performanceRuns: number[] }) | null;
    lcpToFloor: number | null;
  }[];
  load: Awaited<ReturnType<typeof runLoad>>;
}) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nnpm run build (content check, islands, next build): ${report.buildSeconds} s`);
  for (const b of report.builds)
    console.log(
      `  next build ${b.factor}× (${b.agreements} agreements, ${b.pages} pages): ${b.seconds} s, ${b.pagesPerSecond} pages/s`,
    );
  console.log('\npipeline (load + align + link + check + classify):');
  for (const p of report.pipeline)
    console.log(
      `  ${p.factor}× (${p.agreements} agreements): ${p.medianMs.toFixed(0)} ms, ${p.perAgreementMs.toFixed(1)} ms per agreement`,
    );
  console.log(
    `\npage | form | perf (mobile: median of ${mobileRuns} runs) | a11y | best | seo | LCP | TBT | CLS | html gz | js gz (files) | css gz | floor | html/floor | total/floor | LCP/floor`,
  );
  const row = (cells: (string | number)[]) => console.log(cells.join(' | '));
  const scores = (l: LighthouseResult & { performanceRuns?: number[] }) => [
    l.performanceRuns ? `${l.performance} (${l.performanceRuns.join(', ')})` : l.performance,
    l.accessibility,
    l.bestPractices,
    l.seo,
    `${l.lcpMs} ms`,
    `${l.tbtMs} ms`,
    l.cls,
  ];
  for (const page of report.pages) {
    for (const form of ['mobile', 'desktop'] as const) {
      row([
        page.path,
        form,
        ...scores(page[form]),
        kb(page.sizes.html),
        `${kb(page.sizes.js)} (${page.sizes.jsFiles})`,
        kb(page.sizes.css),
        page.floorHtml ? kb(page.floorHtml) : '-',
        page.htmlToFloor ?? '-',
        page.totalToFloor ?? '-',
        form === 'mobile' ? (page.lcpToFloor ?? '-') : '-',
      ]);
    }
    if (page.floorMobile && page.floorHtml)
      row([`${page.path} (floor)`, 'mobile', ...scores(page.floorMobile), kb(page.floorHtml), '-', '-']);
  }
  const l = report.load;
  console.log(
    `\nload (${l.connections} connections, ${l.durationS} s): ${l.requestsPerSecond} req/s, p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms, errors ${l.errors}, non-2xx ${l.non2xx}, timeouts ${l.timeouts}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
