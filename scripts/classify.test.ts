import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The reviewers' command line, run as a reviewer runs it (the integrator wires it as
// `npm run --silent classify`, which is `tsx scripts/classify.ts`). tsx's CLI is started with
// this Node directly: through npx each run cost a second more.
const tsx = path.join('node_modules', 'tsx', 'dist', 'cli.mjs');
function classify(args: string[], input: string) {
  const result = spawnSync(process.execPath, [tsx, 'scripts/classify.ts', ...args], {
    cwd: process.cwd(),
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/classify.ts', () => {
  it('writes one JSON line per input line, with the phrases that triggered each tag', () => {
    const input = [
      'Alibaba Cloud shall not be liable for any indirect damages.',
      '',
      'All your data will be deleted and cannot be recovered.',
      'These Terms are governed by the laws of Singapore.',
    ].join('\n');
    const { status, stdout } = classify(['--lang', 'en'], input + '\n');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      '{"tags":["liability"],"why":{"liability":["shall not be liable"]}}',
      '{"tags":[],"why":{}}',
      '{"tags":["deletion"],"why":{"deletion":["will be deleted","cannot be recovered"]}}',
      '{"tags":[],"why":{}}',
      '',
    ]);
  }, 30_000);

  it('reads Chinese with --lang=zh, and a last line without a line break', () => {
    const { status, stdout } = classify(['--lang=zh'], '阿里云不承担任何法律责任\n请您自行备份');
    expect(status).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { tags: ['liability'], why: { liability: ['不承担任何法律责任'] } },
      { tags: ['deletion'], why: { deletion: ['备份'] } },
    ]);
  }, 30_000);

  it('reads the provider named with --provider, in place of Alibaba Cloud', () => {
    const line = 'You will indemnify and hold Alibaba Europe harmless from any claim.\n';
    expect(JSON.parse(classify(['--lang', 'en'], line).stdout).tags).toEqual([]);
    const named = classify(['--lang', 'en', '--provider', 'Alibaba Europe'], line);
    expect(named.status).toBe(0);
    const result = JSON.parse(named.stdout);
    expect(result.tags).toEqual(['liability']);
    // The reason quotes the provider as the draft names it.
    expect(result.why.liability.join(' ')).toContain('hold Alibaba Europe');
  }, 30_000);

  it('gives no output and exit 0 for empty input', () => {
    expect(classify(['--lang', 'zh'], '')).toMatchObject({ status: 0, stdout: '' });
  }, 30_000);

  it('prints usage to stderr and exits 2 for a missing or unknown --lang', () => {
    for (const args of [[], ['--lang'], ['--lang', 'fr'], ['--lang=de']]) {
      const { status, stdout, stderr } = classify(args, 'text\n');
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('usage: npm run --silent classify -- --lang en|zh');
    }
  }, 60_000);
});
