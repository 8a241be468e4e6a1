import type { TFunction } from 'i18next';
import type { AgreementPage } from '@/lib/page/types';

/** The count at the top of the page while the translation-review switch is on. */
export function ReviewSummary({ review, t }: { review: AgreementPage['review']; t: TFunction }) {
  const { findings, acknowledged, pairs } = review;
  return (
    <p className="review-summary" role="status" data-findings={findings}>
      {t('review.summary', { count: findings, acknowledged, pairs })}
      {findings === 0 && <> {t('review.none')}</>}
    </p>
  );
}
