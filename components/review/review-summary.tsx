import type { TFunction } from 'i18next';
import type { AgreementCheck } from '@/lib/bilingual/check-agreement';

/** The count at the top of the page while the translation-review switch is on. */
export function ReviewSummary({ check, t }: { check: AgreementCheck; t: TFunction }) {
  const acknowledged = check.findings.filter((f) => f.acknowledged).length;
  return (
    <p className="review-summary" role="status" data-findings={check.findings.length}>
      {t('review.summary', { count: check.findings.length, acknowledged, pairs: check.pairs })}
      {check.findings.length === 0 && <> {t('review.none')}</>}
    </p>
  );
}
