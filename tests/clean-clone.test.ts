import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
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
  it('has no code, test, bench or CI file that reaches outside the checkout', () => {
    const watched = /^(?:lib|scripts|tests|e2e|bench|\.ci)\/|^package\.json$|\.config\.(?:ts|mts|js|mjs)$/;
    // A relative path in a string (parent steps and a name, written as one string or as path
    // segments), resolved from the file's own folder (package.json's from the root): any that lands outside the checkout is a
    // reader of what a clean clone does not have. Documents and data may describe such folders.
    const escapes = (file: string) => {
      const text = readFileSync(path.join(repo, file), 'utf8');
      const from = path.dirname(path.join(repo, file));
      const written = [...text.matchAll(/['"`]((?:\.\.\/)+[\w-]+)/g)].map((m) => m[1]);
      const joined = [...text.matchAll(/(?:'\.\.',\s*)+'[\w-]+'/g)].map((m) =>
        m[0].replace(/'|\s/g, '').replace(/,/g, '/'),
      );
      return [...written, ...joined].some(
        (relative) => !path.resolve(from, relative).startsWith(repo + path.sep),
      );
    };
    const readers = tracked.filter(
      (file) => watched.test(file) && !/\.(?:md|json)$/.test(file) && escapes(file),
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
    // Nothing beside the copy: its parent holds the copy alone.
    expect(readdirSync(scratch)).toEqual(['clone']);
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
