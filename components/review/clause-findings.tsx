import type { TFunction } from 'i18next';
import type { Finding } from '@/lib/bilingual/types';

/** Beside a clause pair, while reviewing: what differs between the two versions, and why kept. */
export function ClauseFindings({ findings, label, t }: { findings: Finding[]; label: string; t: TFunction }) {
  if (findings.length === 0) return null;
  return (
    <ul className="review-findings" aria-label={t('review.findings', { clause: label })}>
      {findings.map((finding, i) => (
        <li key={i} data-acknowledged={finding.acknowledged ? 'true' : 'false'}>
          <span lang="en">{finding.text}</span>
          {finding.acknowledged && (
            <> — {t('review.acknowledgedBecause', { reason: finding.acknowledged })}</>
          )}
        </li>
      ))}
    </ul>
  );
}
