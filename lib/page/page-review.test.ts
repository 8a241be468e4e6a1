import { describe, expect, it } from 'vitest';
import type { Finding } from '../bilingual/types';
import { pageReview } from './page-review';

const finding = (clause: string, check: Finding['check'], acknowledged: string | null): Finding => ({
  slug: 'sample',
  check,
  id: `clause-${clause}`,
  clause,
  text: `${check} finding`,
  acknowledged,
});
const coverage = {
  pairs: 3,
  sentences: 4,
  figures: 2,
  references: 1,
  termUses: 0,
  definedTerms: 0,
  checks: [
    { check: 'figures' as const, count: 2, unit: 'figures' as const },
    { check: 'markers' as const, count: 4, unit: 'sentences' as const },
  ],
};

describe('pageReview', () => {
  const review = pageReview(
    3,
    [
      finding('1.1', 'figures', null),
      finding('11.4.e', 'markers', 'Same meaning.'),
      finding('2', 'markers', 'Kept.'),
    ],
    coverage,
    [],
    new Set(['clause-1.1', 'clause-2']),
  );

  it('counts findings and acknowledgements per check, every check listed', () => {
    expect(review.checks.map((c) => [c.check, c.findings, c.acknowledged])).toEqual([
      ['figures', 1, 0],
      ['markers', 2, 2],
    ]);
    expect([review.findings, review.acknowledged]).toEqual([3, 2]);
    expect(review.compared).toEqual({
      pairs: 3,
      sentences: 4,
      figures: 2,
      references: 1,
      termUses: 0,
      definedTerms: 0,
    });
  });

  it('lists the acknowledged findings, linkable only where the region view has the clause', () => {
    expect(review.acknowledgedFindings.map((f) => [f.clause, f.reason, f.inView])).toEqual([
      ['11.4.e', 'Same meaning.', false],
      ['2', 'Kept.', true],
    ]);
  });
});
