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

// The fix each error gives after its cause, written out by hand: an error that loses its advice
// fails here, not only one that loses its line.
const fixes: Record<string, string[]> = {
  bom: ['save it as UTF-8 without BOM'],
  gbk: ['convert it: iconv -f GB18030 -t UTF-8'],
  links: [
    'remove it, or write the full https:// address',
    'remove it, or write the full https:// address',
    'write the full https:// address if an external page is meant',
    'use "/"',
    'only http:, https: and mailto: links are',
    'remove it, or write the full https:// address',
  ],
  'list-numbers': [
    'write the numbers in sequence, or, to keep the number the source prints, start a new list there ("4)" instead of "4.") and record a defect',
  ],
  'roman-sections': [
    'write the section as the arabic number it stands for and list a replaced repair (npm run import does this)',
    'write the section as the arabic number it stands for and list a replaced repair (npm run import does this)',
  ],
  'several-errors': [
    'renumber one (a replaced repair) or record the defect; if a paragraph above should be a clause or section, see the errors before this one',
    'numbered sub-headings are clause paragraphs (write "1.2 A numbered sub-heading" without the #s)',
    "if the source misnumbers it, write 2 and list a replaced repair, or keep the source's order",
    'put a space after the closing "**", move it before the punctuation, or remove both markers',
    'move it after the clause it follows in the source',
    'if it is a section heading, write "## 1. …"; if the source numbers it this way, write it as a section or keep the number inside the text ("Clause 1: …")',
    '(content/README.md, "Front matter")',
  ],
  'translation-order': [
    'move it after the clause it follows in the source',
    "keep the official text's order",
  ],
};

describe('check:content says how to fix each error, at the end of its message', () => {
  it('every case of tests/fixtures/content-check has its fixes listed here', () => {
    expect(Object.keys(fixes).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, wanted] of Object.entries(fixes)) {
    it(name, () => {
      const found = check(path.join(fixtures, name)).map((e) => e.problem);
      expect(found.map((problem, i) => problem.slice(-(wanted[i]?.length ?? 0)))).toEqual(wanted);
    });
  }
  it('a clause in one language only: give it the same number or label in both', () => {
    const dir = path.join(__dirname, 'fixtures', 'agreements-mismatch');
    const found = checkContent(dir, path.join(__dirname, 'fixtures', 'seeds'))
      .errors.map((e) => e.problem)
      .filter((problem) => problem.includes('has no counterpart'));
    expect(found).toHaveLength(2);
    for (const problem of found)
      expect(problem).toMatch(/; the same clause needs the same number or label in both languages$/);
  });
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
