import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error';
import { parseAgreementText } from './parse-agreement-text';
import { expectGolden } from '../../tests/helpers/golden';

// Fixture folders: input.md (a small agreement) + output.json (its blocks). UPDATE=1 rewrites
// the expectations deliberately; review the diff before committing it.
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures');
const treeFixtures = path.join(fixtures, 'clause-tree');

describe('buildClauseTree fixtures', () => {
  for (const name of readdirSync(treeFixtures)) {
    it(name, () => {
      const input = readFileSync(path.join(treeFixtures, name, 'input.md'), 'utf8');
      const language = /language: (en|zh)/.exec(input)![1] as 'en' | 'zh';
      const text = parseAgreementText(name, language, `${name}/input.md`, input);
      const actual = text.blocks.map(({ id, kind, label, depth, parent, line }) => ({
        id,
        kind,
        label,
        depth,
        parent,
        line,
      }));
      const expectedFile = path.join(treeFixtures, name, 'output.json');
      expectGolden(expectedFile, actual);
    });
  }
});

describe('content errors name file, line and what is wrong', () => {
  const dir = path.join(fixtures, 'content-errors');
  const expected: Record<string, [number, string]> = JSON.parse(
    readFileSync(path.join(dir, 'expected.json'), 'utf8'),
  );
  for (const [file, [line, message]] of Object.entries(expected)) {
    it(file, () => {
      const input = readFileSync(path.join(dir, file), 'utf8');
      const language = input.includes('language: zh') ? 'zh' : 'en';
      let error: unknown;
      try {
        parseAgreementText('broken', language, file, input);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const contentError = error as ContentError;
      expect(contentError.message).toContain(`${file}:${line}: `);
      expect(contentError.problem).toContain(message);
    });
  }
});

describe('seed quirks', () => {
  const parse = (name: string) => {
    const input = readFileSync(path.join(treeFixtures, name, 'input.md'), 'utf8');
    return parseAgreementText(name, input.includes('language: zh') ? 'zh' : 'en', name, input);
  };

  it('counts (i) after (h) as the letter i, and (i) under (g) as a roman numeral', () => {
    const ids = parse('en-sections').blocks.map((b) => b.id);
    expect(ids).toContain('clause-2.1.g.i');
    expect(ids).toContain('clause-2.1.g.ii');
    expect(ids).toContain('clause-2.1.i');
  });

  it('numbers unnumbered paragraphs after the clause they follow', () => {
    const ids = parse('en-sections').blocks.map((b) => b.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'clause-preamble.1',
        'clause-1.1.p2',
        'clause-2.2.p2',
        'clause-3.p1',
        'clause-3.a',
        'clause-3.p2',
      ]),
    );
  });

  it('restarts numbering in the product-specific part with its own prefix, and reads bold or unspaced numbers', () => {
    const ids = parse('zh-parts').blocks.map((b) => b.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'clause-1',
        'clause-2.1',
        'clause-2.2.1',
        'clause-2.3',
        'clause-specific.1',
        'clause-specific.1.1',
        'clause-specific.1.1.1',
      ]),
    );
  });

  it('gives an addendum its items and the clauses it quotes', () => {
    const ids = parse('addendum').blocks.map((b) => b.id);
    expect(ids).toEqual([
      'clause-gdpr-addendum.1',
      'clause-gdpr-addendum.2',
      'clause-au-addendum.p1',
      'clause-au-addendum.1',
      'clause-au-addendum.2',
      'clause-au-addendum.11.6',
      'clause-au-addendum.11.7',
      'clause-au-addendum.3',
    ]);
  });
});
