import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalFrontMatter } from './helpers/front-matter';
import { readAgreement } from '../lib/agreements';
import { ContentError } from '../lib/content/content-error';
import { parseAgreementText } from '../lib/pipeline/parse-agreement-text';
import type { Block, Language } from '../lib/pipeline/types';

// Property tests of the pipeline: whatever the text, it yields a clause tree or a ContentError
// that names a line of the file. Any other exception (a TypeError, a RangeError from a
// dependency) is a bug: the content check would report it without a place to go and fix.

const contentRoot = path.join(__dirname, '..', 'content', 'agreements');
const slugs = readdirSync(contentRoot).sort();
const languages: Language[] = ['en', 'zh'];
// FC_RUNS=5000 npx vitest run tests/pipeline-properties.test.ts searches longer.
const numRuns = Number(process.env.FC_RUNS ?? 200);
const timeout = Math.max(60_000, numRuns * 300);

const frontMatter = (language: Language) => minimalFrontMatter({ language, title: 'Property Test' });

// Pieces of the content format and of what breaks it: headings, clause numbers, labels, bold,
// raw HTML, references, CJK text, YAML-looking lines (for mutations that land in front matter).
const fragments = [
  '#',
  '##',
  '## 1. 服务',
  '## 2 Services',
  '###',
  '- (a)',
  '- (iv) ',
  '  - i. ',
  '1.',
  '7. ',
  '3.2.1',
  '1.1 ',
  '**',
  '**3.1.**',
  '*',
  '_',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '&amp;',
  '&#x3C;',
  '用户数据将被删除。',
  '第3条',
  'Clause 2.6',
  '《服务使用规则》',
  '（以下简称“阿里云”）',
  '“Member Content” means',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '    ',
  '> ',
  '---',
  '```',
  '|a|b|',
  'parts:',
  '  - id: specific',
  'version: *alias',
  'x: &a [1]',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const markdownish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

/** Lines as an editor counts them: "\r\n", "\r" and "\n" each end one (as micromark does). */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** The result, or the ContentError it threw; any other exception propagates and fails. */
function attempt<T>(run: () => T): T | ContentError {
  try {
    return run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
}

function expectLocated(error: ContentError, file: string, text: string) {
  expect(error.file).toBe(file);
  expect(Number.isInteger(error.line)).toBe(true);
  expect(error.line).toBeGreaterThanOrEqual(1);
  expect(error.line).toBeLessThanOrEqual(lineCount(text));
  expect(error.problem.trim()).not.toBe('');
  expect(error.message.startsWith(`${file}:${error.line}: `)).toBe(true);
}

function expectBlocks(blocks: Block[], text: string) {
  const ids = blocks.map((block) => block.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const block of blocks) {
    expect(block.id).toMatch(/^clause-[a-z0-9.-]+$/);
    expect(block.line).toBeGreaterThanOrEqual(1);
    expect(block.line).toBeLessThanOrEqual(lineCount(text));
  }
}

function checkText(language: Language, file: string, text: string) {
  const result = attempt(() => parseAgreementText('property', language, file, text));
  if (result instanceof ContentError) return expectLocated(result, file, text);
  expect(result.parts.length).toBeGreaterThan(0);
  expectBlocks(result.blocks, text);
}

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'insert'; at: number; fragment: string };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate' as const), at }),
  fc.record({ kind: fc.constant('swap' as const), at, to: at }),
  fc.record({ kind: fc.constant('insert' as const), at, fragment: markdownish }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Applies line mutations in order; "truncate" cuts the text at a character offset. */
function mutate(text: string, list: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of list) {
    const i = m.at % lines.length;
    if (m.kind === 'delete') lines.splice(i, 1);
    if (m.kind === 'duplicate') lines.splice(i, 0, lines[i]);
    if (m.kind === 'insert') lines.splice(i, 0, m.fragment);
    if (m.kind === 'swap') {
      const j = m.to % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    if (m.kind === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
    }
    if (lines.length === 0) lines = [''];
  }
  return lines.join('\n');
}

const realFiles = slugs.flatMap((slug) =>
  languages.map((language) => ({
    slug,
    language,
    file: `${slug}/${language}.md`,
    text: readFileSync(path.join(contentRoot, slug, `${language}.md`), 'utf8'),
  })),
);

describe('parseAgreementText on any input', () => {
  it('arbitrary strings after a valid front matter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...languages),
        fc.string({ unit: 'binary', maxLength: 400 }),
        (language, body) => checkText(language, 'arbitrary.md', frontMatter(language) + body),
      ),
      { numRuns },
    );
  });

  it('Markdown-ish fragments after a valid front matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...languages), markdownish, (language, body) =>
        checkText(language, 'fragments.md', frontMatter(language) + body),
      ),
      { numRuns },
    );
  });

  it('arbitrary strings as a whole file (no front matter, broken front matter)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), markdownish), (text) =>
        checkText('en', 'whole.md', text),
      ),
      { numRuns },
    );
  });

  it('mutated real agreements', { timeout }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...realFiles), mutations, (real, list) =>
        checkText(real.language, real.file, mutate(real.text, list)),
      ),
      { numRuns },
    );
  });
});

describe('readAgreement on a mutated language pair', () => {
  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'pipeline-properties-'));
  afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

  it('gives aligned rows with unique ids, or a ContentError in one of the two files', { timeout }, () => {
    const pair = fc.record({
      slug: fc.constantFrom(...slugs),
      en: fc.array(mutation, { maxLength: 3 }),
      zh: fc.array(mutation, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(pair, ({ slug, en, zh }) => {
        const written = new Map<string, string>();
        mkdirSync(path.join(tmpRoot, slug), { recursive: true });
        for (const [language, list] of [
          ['en', en],
          ['zh', zh],
        ] as const) {
          const file = path.join(tmpRoot, slug, `${language}.md`);
          const text = mutate(readFileSync(path.join(contentRoot, slug, `${language}.md`), 'utf8'), list);
          writeFileSync(file, text);
          written.set(file, text);
        }
        const result = attempt(() => readAgreement(slug, tmpRoot));
        if (result instanceof ContentError) {
          const file = path.resolve(result.file);
          expect([...written.keys()]).toContain(file);
          return expectLocated(result, result.file, written.get(file)!);
        }
        const ids = result.rows.map((row) => row.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(result.official.meta.status).toBe('official');
      }),
      { numRuns },
    );
  });
});
