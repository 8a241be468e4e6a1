import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { applyEffects } from './apply-effects';
import type { ResolvedEffect } from './resolve-effects';
import type { Effect } from './schema';

// Two addendum effects on one row: the row's status is the stronger one, whichever comes first
// (original < annotated < conditional < modified < replaced = added). The real content has no
// such row, so the ranking is tested here, on the regions fixture's small agreement.
const root = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'regions', 'agreements');
const membership = readAgreement('sample-membership', root);
const rowOf = (ref: string) => membership.rows.find((row) => row.ref === ref)!;

/** One effect of `kind` on clause 5.2, caused by eu-addendum.5; the target keeps its own text. */
function effect(kind: Effect['kind'], target = '5.2'): ResolvedEffect {
  const extra =
    kind === 'conditional-replace'
      ? { condition: { en: 'Where it applies', zh: '如适用' } }
      : kind === 'modify-reference'
        ? { reference: { en: 'the English Act', zh: '英格兰法案' } }
        : {};
  return {
    effect: { region: 'eu', item: 'eu-addendum.5', kind, targets: [target], ...extra },
    line: 1,
    item: rowOf('eu-addendum.5'),
    texts: new Map([[target, rowOf('5.2').blocks]]),
  };
}

const statusOf = (effects: ResolvedEffect[], ref = '5.2') =>
  applyEffects(membership.rows, effects).find((row) => row.ref === ref)!.status;

describe('applyEffects: two effects on one row', () => {
  const kinds = ['annotate', 'conditional-replace', 'modify-reference', 'replace'] as const;

  it('each kind alone gives its status', () => {
    expect(kinds.map((kind) => `${kind} ${statusOf([effect(kind)])}`)).toEqual([
      'annotate annotated',
      'conditional-replace conditional',
      'modify-reference modified',
      'replace replaced',
    ]);
  });

  it('the stronger status wins, in either order', () => {
    const pairs = kinds.flatMap((a) =>
      kinds.filter((b) => b !== a).map((b) => `${a} + ${b}: ${statusOf([effect(a), effect(b)])}`),
    );
    expect(pairs).toEqual([
      'annotate + conditional-replace: conditional',
      'annotate + modify-reference: modified',
      'annotate + replace: replaced',
      'conditional-replace + annotate: conditional',
      'conditional-replace + modify-reference: modified',
      'conditional-replace + replace: replaced',
      'modify-reference + annotate: modified',
      'modify-reference + conditional-replace: modified',
      'modify-reference + replace: replaced',
      'replace + annotate: replaced',
      'replace + conditional-replace: replaced',
      'replace + modify-reference: replaced',
    ]);
  });

  it('an added clause stays added when a later item annotates, modifies or replaces it', () => {
    const added = effect('add', '2.1.c');
    for (const kind of ['annotate', 'modify-reference', 'replace'] as const)
      expect(statusOf([added, effect(kind, '2.1.c')], '2.1.c'), kind).toBe('added');
  });

  it('every mark is kept, in the order of the effects', () => {
    const row = applyEffects(membership.rows, [effect('annotate'), effect('replace')]).find(
      (r) => r.ref === '5.2',
    )!;
    expect(row.marks.map((mark) => mark.kind)).toEqual(['annotate', 'replace']);
  });
});
