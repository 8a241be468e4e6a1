import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The project must stand alone: its sources are in content/sources/, and nothing that runs in
// `npm test` or the build may read the folder beside the checkout where they used to live.
const repo = path.resolve(__dirname, '..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: repo,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && file !== 'node_modules' && existsSync(path.join(repo, file)));

describe('a clean clone with nothing beside it', () => {
  it('has no code, test, bench or CI file that reads ../shared', () => {
    const outside = /\.\.\/shared|'\.\.', 'shared'/;
    const watched = /^(?:lib|scripts|tests|e2e|bench|\.ci)\/|^package\.json$|\.config\.(?:ts|mts|js|mjs)$/;
    // This file names the folder only to assert that it is absent; the highlight eval takes the
    // unseen corpus from CORPUS_DIR and is not part of `npm test` (asserted below); documents and
    // data may name the folder they describe.
    const allowed = ['tests/clean-clone.test.ts'];
    const readers = tracked.filter(
      (file) =>
        watched.test(file) &&
        !/\.(?:md|json)$/.test(file) &&
        !allowed.includes(file) &&
        outside.test(readFileSync(path.join(repo, file), 'utf8')),
    );
    expect(readers).toEqual([]);
    const scripts = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts;
    expect(scripts.test).not.toContain('eval:highlights');
  });

  const scratch = mkdtempSync(path.join(tmpdir(), 'clean-clone-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('passes the content and bilingual checks from a copy of the checkout', () => {
    const clone = path.join(scratch, 'clone');
    mkdirSync(clone);
    for (const file of tracked) cpSync(path.join(repo, file), path.join(clone, file));
    symlinkSync(path.join(repo, 'node_modules'), path.join(clone, 'node_modules'));
    expect(existsSync(path.join(clone, '..', 'shared'))).toBe(false);
    const run = (script: string) =>
      execFileSync(process.execPath, [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], {
        cwd: clone,
        encoding: 'utf8',
        env: withoutContentOverrides(),
      });
    expect(run('scripts/check-content.ts')).toMatch(
      /check:content: \d+ agreements, \d+ clause rows, no errors/,
    );
    expect(run('scripts/check-bilingual.ts')).toMatch(/check:bilingual/);
  }, 120_000);
});

/** The environment without the variables that point the pipeline at other content. */
function withoutContentOverrides(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['CONTENT_DIR', 'REGIONS_FILE', 'SOURCES_DIR']) delete env[name];
  return env;
}
