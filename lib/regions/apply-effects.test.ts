import { describe, expect, it } from 'vitest';
import type { Block, Row } from '../pipeline/types';
import { applyEffects, type RegionRow, type RowStatus } from './apply-effects';
import type { ResolvedEffect } from './resolve-effects';
import type { EffectKind } from './schema';

// Rows and effects written by hand (no parser, no regions file): clause 1 with its item 1.a, and
// the addendum items that hit it. Each expectation is the ranking the page promises a reader —
// a row shows the strongest change any of its effects makes: printed < qualified <
// conditionally replaced < reference changed < replaced (and added, which nothing outranks) —
// written out, not read from `rank`.
function block(ref: string, text: string, parent: string | null = null): Block {
  const kind = /\.[a-z]+$/.test(ref) ? 'item' : 'clause';
  return {
    id: `clause-${ref}`,
    ref,
    part: ref.startsWith('addendum.') ? 'addendum' : 'main',
    kind,
    label: ref,
    depth: ref.split('.').length,
    parent,
    content: [{ type: 'text', value: text }],
    line: 1,
  };
}
const row = (ref: string, text: string, parent: string | null = null): Row => {
  const b = block(ref, text, parent);
  return { id: b.id, ref, part: b.part, kind: b.kind, depth: b.depth, blocks: { en: b } };
};
const printed = [row('1', '1 Printed.'), row('1.a', '(a) Printed item.', 'clause-1')];
const plain = (b: Block) => (b.content[0] as { value: string }).value;
const textOf = (r: Row | RegionRow) => plain(r.blocks.en!);

let items = 0;
function effect(kind: EffectKind, ref = '1', text = `${ref} ${kind} text.`): ResolvedEffect {
  const item = row(`addendum.${++items}`, `Item ${items}.`);
  return {
    effect: {
      region: 'xx',
      item: item.ref,
      kind,
      targets: [ref],
      ...(kind === 'conditional-replace' ? { condition: { en: 'If so', zh: '如是' } } : {}),
      ...(kind === 'modify-reference' ? { reference: { en: 'the Act', zh: '该法' } } : {}),
    },
    line: 1,
    item,
    texts: new Map([[ref, { en: block(ref, text) }]]),
  };
}
const statusOf = (rows: RegionRow[], ref = '1') => rows.find((r) => r.ref === ref)!.status;
/** Each row as "ref status text", in order. */
const read = (rows: RegionRow[]) => rows.map((r) => `${r.ref} ${r.status} ${textOf(r)}`);

describe('applyEffects: the status of a row two effects change', () => {
  const pairs: [EffectKind, EffectKind, RowStatus][] = [
    ['annotate', 'conditional-replace', 'conditional'],
    ['annotate', 'modify-reference', 'modified'],
    ['annotate', 'replace', 'replaced'],
    ['conditional-replace', 'modify-reference', 'modified'],
    ['conditional-replace', 'replace', 'replaced'],
    ['modify-reference', 'replace', 'replaced'],
    ['entity', 'modify-reference', 'modified'],
  ];
  for (const [a, b, status] of pairs) {
    it(`${a} and ${b}: ${status}, in either order, both items marked`, () => {
      for (const effects of [
        [effect(a), effect(b)],
        [effect(b), effect(a)],
      ]) {
        const rows = applyEffects(printed, effects);
        expect(statusOf(rows)).toBe(status);
        expect(rows.find((r) => r.ref === '1')!.marks.map((m) => m.item)).toEqual(
          effects.map((e) => e.item.ref),
        );
      }
    });
  }

  it('one effect: qualified, conditional, reference changed, replaced; no effect: original', () => {
    expect(statusOf(applyEffects(printed, []))).toBe('original');
    expect(statusOf(applyEffects(printed, [effect('annotate')]))).toBe('annotated');
    expect(statusOf(applyEffects(printed, [effect('entity')]))).toBe('annotated');
    expect(statusOf(applyEffects(printed, [effect('conditional-replace')]))).toBe('conditional');
    expect(statusOf(applyEffects(printed, [effect('modify-reference')]))).toBe('modified');
    expect(statusOf(applyEffects(printed, [effect('replace')]))).toBe('replaced');
  });

  it('an added clause stays added when another item qualifies it', () => {
    const rows = applyEffects(printed, [effect('add', '1.b'), effect('annotate', '1.b')]);
    expect(rows.map((r) => `${r.ref} ${r.status}`)).toEqual(['1 original', '1.a original', '1.b added']);
  });
});

describe('applyEffects: the texts of a row two effects change', () => {
  it('a reference changed, then the clause replaced: the replacement binds, the original is as printed', () => {
    const rows = applyEffects(printed, [
      effect('modify-reference', '1', '1 Changed reference.'),
      effect('replace', '1', '1 Replacement.'),
    ]);
    expect(rows.map(textOf)).toEqual(['1 Replacement.']);
    expect(rows[0].original!.map(textOf)).toEqual(['1 Printed.', '(a) Printed item.']);
  });

  it('replaced, then a reference in it changed: the changed replacement binds, the original is as printed', () => {
    const rows = applyEffects(printed, [
      effect('replace', '1', '1 Replacement under the Act.'),
      effect('modify-reference', '1', '1 Replacement under the GDPR.'),
    ]);
    expect(read(rows)).toEqual(['1 replaced 1 Replacement under the GDPR.']);
    expect(rows[0].original!.map(textOf)).toEqual(['1 Printed.', '(a) Printed item.']);
  });

  it('added, then a reference in it changed: the changed clause binds, with nothing printed to show', () => {
    const rows = applyEffects(printed, [
      effect('add', '1.b', '(b) Added under the Act.'),
      effect('modify-reference', '1.b', '(b) Added under the GDPR.'),
    ]);
    expect(read(rows)).toEqual([
      '1 original 1 Printed.',
      '1.a original (a) Printed item.',
      '1.b added (b) Added under the GDPR.',
    ]);
    expect(rows[2].original).toBeUndefined();
  });

  it('replaced, then conditionally replaced: the replacement binds, the condition’s text beside it', () => {
    const rows = applyEffects(printed, [
      effect('replace', '1', '1 Replacement.'),
      effect('conditional-replace', '1', '1 If so, this.'),
    ]);
    expect(textOf(rows[0])).toBe('1 Replacement.');
    expect(plain(rows[0].replacement!.en!)).toBe('1 If so, this.');
    expect(rows[0].condition).toEqual({ en: 'If so', zh: '如是' });
    expect(rows[0].original!.map(textOf)).toEqual(['1 Printed.', '(a) Printed item.']);
  });
});
