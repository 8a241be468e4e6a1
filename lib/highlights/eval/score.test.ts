import { describe, expect, it } from 'vitest';
import { missedBudget, scoreTag, type Judged } from './score';

const unit = (id: string, want: Judged['want'], got: Judged['got']): Judged => ({ id, text: id, want, got });

describe('scoreTag', () => {
  // 3 true positives, 1 false positive, 2 false negatives, 1 true negative.
  const units = [
    unit('a', ['liability'], ['liability']),
    unit('b', ['liability'], ['liability', 'deletion']),
    unit('c', ['liability'], ['liability']),
    unit('d', [], ['liability']),
    unit('e', ['liability'], []),
    unit('f', ['liability', 'deletion'], ['deletion']),
    unit('g', [], []),
  ];

  it('counts per tag and gives precision, recall and F1', () => {
    const s = scoreTag(units, 'liability');
    expect([s.n, s.tp, s.fp, s.fn]).toEqual([7, 3, 1, 2]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(s.falsePositives.map((u) => u.id)).toEqual(['d']);
    expect(s.falseNegatives.map((u) => u.id)).toEqual(['e', 'f']);
  });

  it('scores the other tag on its own', () => {
    const s = scoreTag(units, 'deletion');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
  });

  it('gives 1 when there is nothing to find and nothing is found, 0 F1 when all is missed', () => {
    expect(scoreTag([unit('x', [], [])], 'deletion')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreTag([unit('x', ['deletion'], [])], 'deletion')).toMatchObject({ recall: 0, f1: 0 });
  });
});

describe('missedBudget', () => {
  it('names each budget missed with its figure', () => {
    const s = scoreTag([unit('a', ['liability'], ['liability']), unit('b', [], ['liability'])], 'liability');
    expect(missedBudget(s, { f1: 0.85, precision: 0.85 })).toEqual([
      'F1 0.67 < 0.85',
      'precision 0.50 < 0.85',
    ]);
    expect(missedBudget(s, { f1: 0.5 })).toEqual([]);
  });
});
