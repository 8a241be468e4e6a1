import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import type { BlockKind, Language } from '../pipeline/types';
import { detectReferences, plainTextOf } from './detect-references';
import { linkReferences } from './link-references';
import { expectGolden } from '../../tests/helpers/golden';

// Fixture folders: input.md (one paragraph), context.json (language and the block it stands in)
// and output.json (the linked mdast, without positions). UPDATE=1 rewrites the expectations
// deliberately; review the diff before committing it.
const linkFixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'references', 'link');

interface Context {
  language: Language;
  part: string;
  ref: string;
  kind?: BlockKind;
  slug?: string;
  known?: string[];
}

function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v)));
}

function linkFixture(name: string): PhrasingContent[] {
  const input = readFileSync(path.join(linkFixtures, name, 'input.md'), 'utf8');
  const context: Context = JSON.parse(readFileSync(path.join(linkFixtures, name, 'context.json'), 'utf8'));
  const nodes = (parseMarkdown(input).children[0] as Paragraph).children;
  const known = context.known ? new Set(context.known) : undefined;
  const references = detectReferences(plainTextOf(nodes), context.language, { ...context, known });
  return linkReferences(nodes, references, {
    language: context.language,
    exists: known ? (ref) => known.has(ref) : undefined,
  });
}

describe('linkReferences fixtures', () => {
  for (const name of readdirSync(linkFixtures)) {
    it(name, () => {
      const actual = withoutPositions(linkFixture(name));
      const expectedFile = path.join(linkFixtures, name, 'output.json');
      expectGolden(expectedFile, actual);
    });
  }
});

describe('linkReferences', () => {
  const links = (nodes: PhrasingContent[]): string[] =>
    nodes.flatMap((node) =>
      node.type === 'link'
        ? [`${plainTextOf(node.children)} → ${node.url}`]
        : 'children' in node
          ? links(node.children)
          : [],
    );

  it('keeps a reference inside bold inside the bold', () => {
    const [strong] = linkFixture('en-bold');
    expect(strong.type).toBe('strong');
    expect(links([strong])).toEqual(['Clause 2.6 → #clause-2.6']);
  });

  it('links each number of a list, and another agreement by its language path', () => {
    expect(links(linkFixture('en-list'))).toEqual([
      'Clauses 2.9 → #clause-2.9',
      '4 → #clause-4',
      '13 → #clause-13',
      'Alibaba Cloud Product Terms of Service → /en/agreements/mini-program-cloud-terms',
    ]);
    expect(links(linkFixture('zh-documents'))).toEqual([
      '《阿里云产品服务协议》 → /zh/agreements/mini-program-cloud-terms',
    ]);
  });

  it('leaves an existing link alone and never nests links', () => {
    expect(links(linkFixture('zh-existing-link'))).toEqual([
      '服务使用规则 → http://terms.aliyun.com/rules.html',
    ]);
  });

  it('never makes a dead link: a missing target stays text, marked', () => {
    const nodes = linkFixture('missing-target');
    expect(links(nodes)).toEqual(['Clause 9.1 → #clause-9.1']);
    const marks = nodes.flatMap((node) =>
      node.type === 'text' && node.data?.reference ? [node.data.reference] : [],
    );
    expect(marks).toEqual([
      { kind: 'missing-clause', targets: ['9.1.g'], declaredNew: true },
      { kind: 'missing-clause', targets: ['9.9'], declaredNew: false },
    ]);
  });

  it('does not change its input', () => {
    const nodes: PhrasingContent[] = [{ type: 'text', value: 'See Clause 2.6.' }];
    const before = JSON.stringify(nodes);
    linkReferences(nodes, detectReferences('See Clause 2.6.', 'en', { part: 'main', ref: '1.1' }), {
      language: 'en',
    });
    expect(JSON.stringify(nodes)).toBe(before);
  });
});
