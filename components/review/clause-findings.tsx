import type { TFunction } from 'i18next';
import type { TranslationCorrection } from '@/lib/bilingual/corrections';
import type { Finding } from '@/lib/bilingual/types';
import { Correction } from './review-corrections';

/**
 * Beside a clause pair, while reviewing: what differs between the two versions and why it is
 * kept, and the corrections its translation has had.
 */
export function ClauseFindings({
  findings,
  corrections,
  label,
  t,
}: {
  findings: Finding[];
  corrections: TranslationCorrection[];
  label: string;
  t: TFunction;
}) {
  if (findings.length === 0 && corrections.length === 0) return null;
  return (
    <ul
      className="review-findings col-span-full mt-1 border-l-3 border-reference bg-reference-tint px-2 py-1 text-[0.85rem]"
      aria-label={t('review.findings', { clause: label })}
    >
      {findings.map((finding, i) => (
        <li
          key={i}
          data-acknowledged={finding.acknowledged ? 'true' : 'false'}
          className={finding.acknowledged ? 'text-muted' : undefined}
        >
          <span lang="en">{finding.text}</span>
          {finding.acknowledged && (
            <> — {t('review.acknowledgedBecause', { reason: finding.acknowledged })}</>
          )}
        </li>
      ))}
      {corrections.map((correction, i) => (
        <li key={`c${i}`} data-correction="true">
          {t('review.corrected', { date: correction.date })}
          <Correction correction={correction} t={t} />
        </li>
      ))}
    </ul>
  );
}
