import type { TranslationCorrection } from '../bilingual/corrections';
import type { ReviewCoverage } from '../bilingual/review-coverage';
import type { Finding } from '../bilingual/types';
import type { PageReview } from './types';

/**
 * The review part of the page model: totals, each check's coverage and findings, the acknowledged
 * ones. The review reads the printed text; `shown` (the clause ids this region's view has) says
 * which findings' clauses the page can link to (Australia replaces 11.4, so 11.4(e) is not there).
 */
export function pageReview(
  pairs: number,
  findings: Finding[],
  coverage: ReviewCoverage,
  corrections: TranslationCorrection[],
  shown: Set<string>,
): PageReview {
  const { checks, ...compared } = coverage;
  return {
    pairs,
    findings: findings.length,
    acknowledged: findings.filter((f) => f.acknowledged).length,
    compared,
    checks: checks.map((c) => {
      const own = findings.filter((f) => f.check === c.check);
      return {
        check: c.check,
        compared: c,
        findings: own.length,
        acknowledged: own.filter((f) => f.acknowledged).length,
      };
    }),
    acknowledgedFindings: findings.flatMap((f) =>
      f.acknowledged
        ? [
            {
              id: f.id,
              clause: f.clause,
              check: f.check,
              text: f.text,
              reason: f.acknowledged,
              inView: shown.has(f.id),
            },
          ]
        : [],
    ),
    corrections,
  };
}
