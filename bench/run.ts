// npm run bench [-- --check]: measures the site on this machine and writes bench/results.json.
// See bench/README.md for what each number is and the budgets --check holds them to.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { budgets, checkBudgets } from './budgets';
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

function timedBuild(): number {
  const started = performance.now();
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
  return Math.round((performance.now() - started) / 100) / 10;
}

async function startServer(): Promise<ChildProcess> {
  mkdirSync(path.join('bench', 'tmp'), { recursive: true });
  const log = openSync(path.join('bench', 'tmp', 'server.log'), 'w');
  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    stdio: ['ignore', log, log],
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

function floorSize(slug: string): number {
  const sources = ['en', 'zh'].map((language) => ({
    language,
    text: readFileSync(path.join(content, slug, `${language}.md`), 'utf8'),
  }));
  return gzipSize(floorPage(sources));
}

async function main() {
  const check = process.argv.includes('--check');
  process.env.CHROME_PATH ??=
    spawnSync('sh', ['-c', 'command -v chromium || true']).stdout.toString().trim() || undefined;
  console.log('bench: next build …');
  const buildSeconds = timedBuild();
  console.log('bench: pipeline 1×, 10×, 50× …');
  const pipeline = benchPipeline(content, path.join(process.cwd(), 'bench', 'tmp'));
  const server = await startServer();
  const browser = await openBrowser();
  try {
    const results = [];
    for (const page of pages) {
      console.log(`bench: ${page.path} …`);
      const sizes = await pageSizes(browser, base, page.path);
      const floor = page.sources ? floorSize(page.sources) : null;
      const mobile = runLighthouseMedian(base + page.path, 'mobile', mobileRuns);
      const desktop: LighthouseResult = runLighthouse(base + page.path, 'desktop');
      results.push({
        path: page.path,
        sizes,
        floorHtml: floor,
        htmlToFloor: floor ? Number((sizes.html / floor).toFixed(2)) : null,
        mobile,
        desktop,
      });
    }
    console.log('bench: load …');
    const load = await runLoad(base + pages[1].path);
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      buildSeconds,
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
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

function printTable(report: {
  buildSeconds: number;
  pipeline: ReturnType<typeof benchPipeline>;
  pages: {
    path: string;
    sizes: { html: number; js: number; css: number };
    floorHtml: number | null;
    htmlToFloor: number | null;
    mobile: LighthouseResult & { performanceRuns: number[] };
    desktop: LighthouseResult;
  }[];
  load: Awaited<ReturnType<typeof runLoad>>;
}) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nnext build: ${report.buildSeconds} s`);
  console.log('\npipeline (load + align + link + check + classify):');
  for (const p of report.pipeline)
    console.log(
      `  ${p.factor}× (${p.agreements} agreements): ${p.medianMs.toFixed(0)} ms, ${p.perAgreementMs.toFixed(1)} ms per agreement`,
    );
  console.log(
    `\npage | form | perf (mobile: median of ${mobileRuns} runs) | a11y | best | seo | LCP | TBT | CLS | html gz | js gz | css gz | floor | ratio`,
  );
  for (const page of report.pages) {
    for (const form of ['mobile', 'desktop'] as const) {
      const l = page[form];
      console.log(
        [
          page.path,
          form,
          'performanceRuns' in l ? `${l.performance} (${l.performanceRuns.join(', ')})` : l.performance,
          l.accessibility,
          l.bestPractices,
          l.seo,
          `${l.lcpMs} ms`,
          `${l.tbtMs} ms`,
          l.cls,
          kb(page.sizes.html),
          kb(page.sizes.js),
          kb(page.sizes.css),
          page.floorHtml ? kb(page.floorHtml) : '-',
          page.htmlToFloor ?? '-',
        ].join(' | '),
      );
    }
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
