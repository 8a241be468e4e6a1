import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalFrontMatter } from './helpers/front-matter';
import { clauseHtml } from '../lib/page/clause-html';
import { readAgreement, type Agreement } from '../lib/agreements';
import { ContentError } from '../lib/content/content-error';
import type { Language } from '../lib/pipeline/types';

// Hostile content: each case is rejected with a ContentError naming file and line, or parsed
// and rendered into markup that cannot run anything. Fixtures are agreement folders under
// tests/fixtures/hostile/<case>/ (en.md or zh.md); expected.json says which outcome each has.
// The large cases (a 250 KB paragraph, 1 MB rejected shapes, deep lists, a 50-level number) are
// generated here.

const fixtures = path.join(__dirname, 'fixtures', 'hostile');
type Expectation = { error: [number, string] } | { shows: string[] };
const expected: Record<string, Expectation> = JSON.parse(
  readFileSync(path.join(fixtures, 'expected.json'), 'utf8'),
);

// What clauseHtml may emit: these elements, these attributes, and only these link targets.
const allowedTags = ['a', 'span', 'strong', 'em', 'code', 'br'];
const allowedAttributes = ['href', 'class', 'rel'];
const safeHref = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every block of every row, rendered as the page renders a clause's text. */
function renderAgreement(agreement: Agreement): string {
  return agreement.rows
    .flatMap((row) => Object.values(row.blocks))
    .map((block) => clauseHtml(block!.content))
    .join('\n');
}

/** What in the markup could run or leave the page: an element, attribute or link target not allowed. */
function unsafeParts(markup: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(markup)) found.push('<script');
  for (const [tag, name, attributes] of markup.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!allowedTags.includes(name.toLowerCase())) found.push(tag);
    for (const [, attribute, value = ''] of attributes.matchAll(/\s([^\s=/]+)(?:="([^"]*)")?/g)) {
      const href = attribute === 'href' ? unescapeAttribute(value) : '';
      if (/^on/i.test(attribute) || !allowedAttributes.includes(attribute)) found.push(tag);
      else if (
        attribute === 'href' &&
        (/^\s*(javascript|data|vbscript):/i.test(href) || !safeHref.test(href))
      )
        found.push(tag);
    }
  }
  return found;
}

function expectInert(markup: string) {
  expect(unsafeParts(markup)).toEqual([]);
}

function readOrError(slug: string, root: string): Agreement | ContentError {
  try {
    return readAgreement(slug, root);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
}

describe('hostile fixtures are rejected with file and line, or rendered inert', () => {
  it('the inertness check itself finds script, handlers, other elements and unsafe links', () => {
    const markup =
      '<script>x</script><span onclick="x">a</span><img src="x"><a href="javascript:x">b</a>' +
      '<a href="data:text/html,x">c</a><a href="//evil.example">d</a>';
    expect(unsafeParts(markup)).toEqual([
      '<script',
      '<script>',
      '</script>',
      '<span onclick="x">',
      '<img src="x">',
      '<img src="x">',
      '<a href="javascript:x">',
      '<a href="data:text/html,x">',
      '<a href="//evil.example">',
    ]);
    const safe =
      '<strong>a</strong><a href="#clause-1.1">b</a><a href="https://x.example" rel="noopener noreferrer">c</a>';
    expect(unsafeParts(safe)).toEqual([]);
  });

  const cases = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory());

  it('every fixture folder has an expectation', () => {
    expect(cases.map((entry) => entry.name).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const { name } of cases) {
    it(name, () => {
      const outcome = readOrError(name, fixtures);
      const expectation = expected[name];
      if ('error' in expectation) {
        const [line, problem] = expectation.error;
        expect(outcome).toBeInstanceOf(ContentError);
        const error = outcome as ContentError;
        expect(error.file).toMatch(new RegExp(`hostile/${name}/(en|zh)\\.md$`));
        expect(error.line).toBe(line);
        expect(error.problem).toContain(problem);
        expect(error.message).toBe(`${error.file}:${line}: ${error.problem}`);
        return;
      }
      expect(outcome).not.toBeInstanceOf(ContentError);
      const markup = renderAgreement(outcome as Agreement);
      expectInert(markup);
      for (const text of expectation.shows) expect(markup).toContain(text);
      // Entities are decoded once by Markdown and escaped once by clauseHtml, never twice.
      expect(markup).not.toMatch(/&amp;(lt|gt|quot|#\d+|#x[0-9a-f]+);/i);
    });
  }
});

const frontMatter = (language: Language, status: 'official' | 'reference-translation') =>
  minimalFrontMatter({ language, title: `Hostile ${language}`, status, prevails: 'en' });

describe('generated hostile content finishes in bounded time', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hostile-content-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes one agreement folder (en official, zh translation where given) and reads it back. */
  function write(slug: string, en: string, zh?: string): Agreement | ContentError {
    mkdirSync(path.join(root, slug), { recursive: true });
    writeFileSync(path.join(root, slug, 'en.md'), frontMatter('en', 'official') + en);
    if (zh) writeFileSync(path.join(root, slug, 'zh.md'), frontMatter('zh', 'reference-translation') + zh);
    return readOrError(slug, root);
  }

  const repeatTo = (size: number, sentence: string) => sentence.repeat(Math.ceil(size / sentence.length));
  const megabyte = (sentence: string) => repeatTo(1_000_000, sentence);
  const clauseOf = (text: string, next?: string) =>
    `## 1. Services\n\n1.1 ${text}\n${next ? `\n1.2 ${next}\n` : ''}`;

  // 250 KB, thirty times the longest paragraph of the agreements (8 KB) and enough to show a step
  // that is quadratic in a paragraph's length (minutes); at 1 MB, reading alone took 34 s on a
  // loaded 2-CPU machine, more than the test's bound.
  it('a 250 KB paragraph in each language parses and renders', { timeout: 20_000 }, () => {
    // A clause that cites clauses and agreements, defines a term and carries HTML and entities.
    const en =
      'Subject to Clause 1.2 and the Privacy Policy, the “Member Content” means data you upload ' +
      '<b>here</b> &amp; there; ';
    const zh = '根据第1.2条及《服务使用规则》，“会员内容”指您上传的数据<b>此</b>&amp;彼；';
    const started = performance.now();
    const agreement = write(
      'quarter-megabyte',
      clauseOf(repeatTo(250_000, en), 'Other.'),
      clauseOf(repeatTo(250_000, zh), '其他。'),
    );
    const parsed = performance.now();
    expect(agreement).not.toBeInstanceOf(ContentError);
    const markup = renderAgreement(agreement as Agreement);
    const rendered = performance.now();
    console.info(
      `250 KB paragraph, en + zh: read ${Math.round(parsed - started)} ms, render ${Math.round(rendered - parsed)} ms`,
    );
    expect((agreement as Agreement).rows.map((row) => row.id)).toEqual([
      'clause-1',
      'clause-1.1',
      'clause-1.2',
    ]);
    expect(markup.length).toBeGreaterThan(500_000);
    expectInert(markup);
    expect(markup).toContain('&lt;b&gt;here&lt;/b&gt; &amp; there;');
    expect(markup).toContain('<a href="#clause-1.2" class="reference-clause">Clause 1.2</a>');
    expect(markup).toContain('<a href="#clause-1.2" class="reference-clause">第1.2条</a>');
  });

  // Shapes micromark takes from seconds to minutes on (80 KB of "*a": 24 s; the 1 MB Chinese
  // paragraph: 70 s), rejected by lib/content/markdown-limits.ts before parsing.
  const slowShapes: Record<string, string> = {
    'a 1 MB paragraph with bold and links': clauseOf(
      megabyte('See **this** and [that](https://example.com). '),
    ),
    'a 1 MB paragraph with bold after Chinese punctuation': clauseOf(megabyte('；**不**包括')),
    '"*a" repeated 40 000 times': clauseOf('*a'.repeat(40_000)),
    '"[a](" repeated 40 000 times': clauseOf('[a]('.repeat(40_000)),
    'a run of 10 000 "*" each side': clauseOf(`${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`),
  };
  for (const [name, body] of Object.entries(slowShapes)) {
    it(`${name} is rejected, fast`, { timeout: 2_000 }, () => {
      const error = write(name.replace(/\W+/g, '-'), body);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).line).toBe(13);
      expect((error as ContentError).problem).toMatch(/more than 200 of the markers \* _ \[ \]/);
    });
  }

  it('lists nested 20 deep parse; 200 deep are rejected at level 21', { timeout: 10_000 }, () => {
    const items = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- (a) <i>level ${i + 1}</i>`).join('\n');
    const nested = write('nested-lists', `## 1. Services\n\n1.1 A clause.\n\n${items(20)}\n`);
    expect(nested).not.toBeInstanceOf(ContentError);
    expect((nested as Agreement).rows.at(-1)!.id).toBe(`clause-1.1${'.a'.repeat(20)}`);
    expectInert(renderAgreement(nested as Agreement));

    const deep = write('deep-lists', `## 1. Services\n\n1.1 A clause.\n\n${items(200)}\n`);
    expect(deep).toBeInstanceOf(ContentError);
    expect((deep as ContentError).line).toBe(14 + 21);
    expect((deep as ContentError).problem).toMatch(/^the line starts with 42 characters of indentation/);

    const oneLine = write(
      'one-line-lists',
      `## 1. Services\n\n1.1 A clause.\n\n${'- '.repeat(5_000)}(a) deep\n`,
    );
    expect(oneLine).toBeInstanceOf(ContentError);
    expect((oneLine as ContentError).line).toBe(15);
  });

  it('a 50-level clause number with its parents parses; alone it is rejected', { timeout: 10_000 }, () => {
    const number = (levels: number) => Array.from({ length: levels }, () => '1').join('.');
    const chain = Array.from({ length: 49 }, (_, i) => `${number(i + 2)} Level ${i + 2}.`).join('\n\n');
    const agreement = write('fifty-levels', `## 1. Services\n\n${chain}\n`);
    expect(agreement).not.toBeInstanceOf(ContentError);
    const deepest = (agreement as Agreement).rows.at(-1)!;
    expect(deepest.id).toBe(`clause-${number(50)}`);
    expect(deepest.depth).toBe(49);
    expectInert(renderAgreement(agreement as Agreement));

    const alone = write('fifty-levels-alone', `## 1. Services\n\n${number(50)} No parents.\n`);
    expect(alone).toBeInstanceOf(ContentError);
    expect((alone as ContentError).line).toBe(13);
    expect((alone as ContentError).problem).toBe(
      `clause ${number(50)} has no clause ${number(49)} before it; check the number against the source, or add the missing clause`,
    );
  });
});
