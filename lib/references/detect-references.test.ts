import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockKind, Language } from '../pipeline/types';
import { detectReferences } from './detect-references';
import type { Reference } from './types';

// One case per form the issue lists, positive and negative, in tests/fixtures/references/
// detect-<lang>.json: the text, the block it stands in, and what must be found ([] = nothing),
// with the exact characters each link covers.
interface Case {
  form: string;
  text: string;
  context: { part: string; ref: string; kind?: BlockKind; slug?: string; known?: string[] };
  expect: {
    text: string;
    targets?: string[];
    links?: string[];
    declaresNew?: boolean;
    document?: { title: string; slug?: string };
  }[];
}

const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'references');

function found(reference: Reference, text: string) {
  if (reference.kind === 'document') return { text: reference.text, document: reference.document };
  return {
    text: reference.text,
    targets: reference.targets,
    links: reference.spans.map((span) => text.slice(span.start, span.end)),
    ...(reference.declaresNew ? { declaresNew: true } : {}),
  };
}

for (const language of ['en', 'zh'] as Language[]) {
  const cases: Case[] = JSON.parse(readFileSync(path.join(fixtures, `detect-${language}.json`), 'utf8'));
  describe(`detectReferences (${language})`, () => {
    for (const { form, text, context, expect: wanted } of cases) {
      it(form, () => {
        const references = detectReferences(text, language, {
          ...context,
          known: context.known ? new Set(context.known) : undefined,
        });
        for (const reference of references)
          expect(text.slice(reference.start, reference.end)).toBe(reference.text);
        // Every clause reference spells out its link spans, written by hand from the sentence:
        // nothing here is filled in from the output.
        for (const w of wanted) if (!w.document) expect(w.links, `"links" of "${w.text}"`).toBeDefined();
        expect(references.map((reference) => found(reference, text))).toEqual(wanted);
      });
    }
  });
}

describe('"本条" / "this Clause" without a number', () => {
  const context = { part: 'main', ref: '8.4' };
  it('reads as the section by default, or as the clause when asked', () => {
    const [section] = detectReferences('8.4 本条上述限制条款不适用于以下情况：', 'zh', context);
    const [clause] = detectReferences('8.4 本条上述限制条款不适用于以下情况：', 'zh', {
      ...context,
      thisClause: 'clause',
    });
    expect(section.kind === 'clause' && section.targets).toEqual(['8']);
    expect(clause.kind === 'clause' && clause.targets).toEqual(['8.4']);
  });

  it('falls back to the clause where the section does not exist (an addendum item)', () => {
    const [reference] = detectReferences('This clause shall survive.', 'en', {
      part: 'au-addendum',
      ref: 'au-addendum.11.6',
      known: new Set(['au-addendum.11.6']),
    });
    expect(reference.kind === 'clause' && reference.targets).toEqual(['au-addendum.11.6']);
  });
});

describe('offsets are UTF-16 code units into the plain text', () => {
  it('counts a character outside the BMP as two', () => {
    const text = '𠀀 第3条';
    const [reference] = detectReferences(text, 'zh', { part: 'main', ref: '1.1' });
    expect([reference.start, reference.end]).toEqual([3, 6]);
  });
});
