import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLimits } from '../lib/content/check-blocks';
import { checkContent } from '../lib/content/check';

// The content check explains itself: one fixture per kind of error (tests/fixtures/content-check/
// <case>/: agreements/ and sources/), every error of a case in one run, each at its file and line
// with the words that name its cause. expected.json lists them in the order they are reported.
const fixtures = path.join(__dirname, 'fixtures', 'content-check');
const expected: Record<string, [string, number, string][]> = JSON.parse(
  readFileSync(path.join(fixtures, 'expected.json'), 'utf8'),
);

function check(dir: string) {
  return checkContent(path.join(dir, 'agreements'), path.join(dir, 'sources')).errors.map((e) => ({
    at: `${path.relative(dir, path.resolve(e.file))}:${e.line}`,
    problem: e.problem,
  }));
}

describe('check:content reports every error of a file in one run, each with its cause', () => {
  for (const [name, errors] of Object.entries(expected)) {
    it(name, () => {
      const found = check(path.join(fixtures, name));
      expect(found.map((e) => e.at)).toEqual(errors.map(([file, line]) => `${file}:${line}`));
      found.forEach((error, i) => expect(error.problem).toContain(errors[i][2]));
    });
  }
});

describe('check:content on sizes (a generated agreement)', () => {
  it('a paragraph over the size limit and a file over the block limit are named with the limit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-check-'));
    const body = [
      '## 1. Services',
      `1.1 ${'word '.repeat(contentLimits.blockCharacters / 5 + 1)}`,
      ...Array.from({ length: contentLimits.blocksPerFile }, (_, i) => `1.${i + 2} A clause.`),
    ].join('\n\n');
    mkdirSync(path.join(dir, 'agreements', 'big'), { recursive: true });
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'big.txt'), body);
    const frontMatter = [
      'title: Big',
      'language: en',
      'status: official',
      'prevails: en',
      'source: big.txt',
      'updated: Nov 25, 2016',
      'parts:',
      '  - id: main',
    ];
    writeFileSync(
      path.join(dir, 'agreements', 'big', 'en.md'),
      `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`,
    );
    const errors = check(dir);
    expect(errors.map((e) => e.at)).toEqual(['agreements/big/en.md:11', 'agreements/big/en.md:14']);
    expect(errors[0].problem).toContain(
      `${contentLimits.blocksPerFile + 2} clauses, items and paragraphs in one file (at most ${contentLimits.blocksPerFile})`,
    );
    expect(errors[1].problem).toMatch(
      new RegExp(`^clause-1\\.1 has \\d+ characters \\(at most ${contentLimits.blockCharacters}\\)`),
    );
  });
});
