import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromiumFlags } from '../e2e/chromium';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const flags = ['--headless=new', ...chromiumFlags];
const cli = path.join(
  path.dirname(createRequire(__filename).resolve('lighthouse/package.json')),
  'cli',
  'index.js',
);

interface Lhr {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/**
 * Lighthouse on one URL, mobile (its default throttling) or desktop (its desktop preset). Runs
 * Lighthouse's own CLI in a plain Node process: code transpiled by tsx would carry helpers into
 * the page that Lighthouse evaluates there. Scores 0–100, times in ms.
 */
export function runLighthouse(url: string, form: 'mobile' | 'desktop'): LighthouseResult {
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${flags.join(' ')}`,
  ];
  if (form === 'desktop') args.push('--preset=desktop');
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: process.env,
  });
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url}: ${run.stderr.slice(-500)}`);
  const { categories, audits } = JSON.parse(run.stdout) as Lhr;
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
  };
}

/**
 * Lighthouse `runs` times on one URL; the run with the median performance score stands for the
 * page (Lighthouse's own advice for variable machines), with every run's score beside it.
 */
export function runLighthouseMedian(
  url: string,
  form: 'mobile' | 'desktop',
  runs: number,
): LighthouseResult & { performanceRuns: number[] } {
  const results = Array.from({ length: runs }, () => runLighthouse(url, form));
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)]!,
    performanceRuns: results.map((r) => r.performance),
  };
}
