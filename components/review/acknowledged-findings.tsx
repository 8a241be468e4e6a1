import type { TFunction } from 'i18next';
import type { PageReview } from '@/lib/page/types';

/**
 * Every acknowledged finding of the agreement (open; a reviewer may fold it): the clause (a link), the check, the
 * finding as the check prints it and the reason a person gave for keeping it. Finding texts and
 * reasons are written in English (content/README.md, "Acknowledging a finding").
 */
export function AcknowledgedFindings({
  entries,
  clauseHref,
  label,
  t,
}: {
  entries: PageReview['acknowledgedFindings'];
  clauseHref: (id: string) => string;
  label: (ref: string) => string;
  t: TFunction;
}) {
  if (entries.length === 0) return null;
  return (
    <details className="mt-3" id="review-acknowledged" open>
      <summary className="cursor-pointer font-semibold">
        {t('review.acknowledgedList', { count: entries.length })}
      </summary>
      <p className="mt-1 mb-2 text-muted">{t('review.acknowledgedIntro')}</p>
      <ol className="m-0 list-none space-y-2 p-0">
        {entries.map((entry, i) => (
          <li
            key={i}
            // The row's findings link here: the first entry of each clause is its anchor.
            id={entries[i - 1]?.id === entry.id ? undefined : `ack-${entry.id}`}
            className="border-l-2 border-line pl-2"
            data-check={entry.check}
          >
            <p className="m-0">
              {entry.inView ? (
                <a href={clauseHref(entry.id)} className="font-semibold">
                  {label(entry.clause)}
                </a>
              ) : (
                <span className="font-semibold">{entry.clause}</span>
              )}
              <span className="text-muted"> · {t(`review.check.${entry.check}`)}</span>
            </p>
            <p className="m-0 font-mono text-xs" lang="en">
              {entry.text}
            </p>
            <p className="m-0">
              <span className="text-muted">{t('review.reason')} </span>
              <span lang="en">{entry.reason}</span>
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
