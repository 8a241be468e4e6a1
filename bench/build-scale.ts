import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { agreementSlugs } from '../lib/agreements';

export interface BuildScale {
  factor: number;
  agreements: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

/** Every prerendered HTML page under a build's distDir. */
function countPages(distDir: string): number {
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, entry) =>
        n + (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
      0,
    );
  return walk(path.join(distDir, 'server', 'pages'));
}

/**
 * `next build` wall time on the real content (1×) and on `factor` copies of it under new slugs,
 * each copy given its original's entry in a copy of regions.yaml: the pages per second it
 * prerenders should stay flat as the corpus grows. Builds into bench/tmp, not .next.
 */
export function benchBuild(contentRoot: string, regionsFile: string, workDir: string, factors = [1, 10]) {
  const slugs = agreementSlugs(contentRoot);
  const regions = parse(readFileSync(regionsFile, 'utf8')) as { agreements: Record<string, unknown> };
  return factors.map((factor): BuildScale => {
    const root = path.join(workDir, `build-${factor}x`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(path.join(root, 'agreements'), { recursive: true });
    const copies: Record<string, unknown> = {};
    for (let copy = 0; copy < factor; copy++) {
      for (const slug of slugs) {
        const name = factor === 1 ? slug : `${slug}-${copy}`;
        cpSync(path.join(contentRoot, slug), path.join(root, 'agreements', name), { recursive: true });
        copies[name] = regions.agreements[slug];
      }
    }
    const regionsCopy = path.join(root, 'regions.yaml');
    writeFileSync(regionsCopy, stringify({ ...regions, agreements: copies }));
    const distDir = path.join(root, 'next');
    // Next adds the distDir's type folders to tsconfig.json's include: put the file back after.
    const tsconfig = readFileSync('tsconfig.json', 'utf8');
    const started = performance.now();
    const build = spawnSync('npx', ['next', 'build'], {
      stdio: 'ignore',
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: distDir,
        CONTENT_DIR: path.join(root, 'agreements'),
        REGIONS_FILE: regionsCopy,
      },
    });
    writeFileSync('tsconfig.json', tsconfig);
    if (build.status !== 0) throw new Error(`next build failed at ${factor}×`);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const pages = countPages(distDir);
    rmSync(root, { recursive: true, force: true });
    return {
      factor,
      agreements: slugs.length * factor,
      pages,
      seconds,
      pagesPerSecond: Math.round((pages / seconds) * 10) / 10,
    };
  });
}
