import type { TFunction } from 'i18next';
import type { TranslationCorrection } from '@/lib/bilingual/corrections';
import type { Finding } from '@/lib/bilingual/types';
import { Correction } from './review-corrections';

/**
 * Beside a clause pair, while reviewing: what differs between the two versions, whether it was
 * acknowledged (the reason is in the review report, once, not in every reader's page), and the
 * corrections its translation has had.
 */
export function ClauseFindings({
  id,
  findings,
  corrections,
  label,
  report,
  newTab = false,
  t,
}: {
  /** The row's id: the review report lists the row's acknowledged findings under `ack-{id}`. */
  id: string;
  findings: Finding[];
  corrections: TranslationCorrection[];
  label: string;
  report: string;
  /** In an embed: the report opens in a new tab, out of the frame. */
  newTab?: boolean;
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
            <>
              {' — '}
              <a
                href={`${report}#ack-${id}`}
                className="underline underline-offset-2"
                {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
              >
                {t('review.acknowledgedWhy')}
              </a>
            </>
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
