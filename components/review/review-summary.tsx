import type { TFunction } from 'i18next';
import type { CheckCoverage } from '@/lib/bilingual/review-coverage';
import type { PageReview } from '@/lib/page/types';
import { AcknowledgedFindings } from './acknowledged-findings';

/**
 * The translation review of the whole agreement, under the page's "Translation review" heading:
 * the totals, what was compared (pairs, sentences, figures, references, terms), each kind of
 * check with what it read and found, and the acknowledged findings with their reasons.
 */
export function ReviewSummary({
  review,
  label = (ref) => ref,
  t,
}: {
  review: PageReview;
  /** How a clause is named in a link: "clause 11.5", "Europe Addendum, clause 7". */
  label?: (ref: string) => string;
  t: TFunction;
}) {
  const { findings, acknowledged, pairs, compared } = review;
  const measures = [
    ['pairs', compared.pairs],
    ['sentences', compared.sentences],
    ['figures', compared.figures],
    ['references', compared.references],
    ['termUses', compared.termUses],
    ['definedTerms', compared.definedTerms],
  ] as const;
  return (
    <div className="review-summary" data-findings={findings}>
      <div className="my-2 rounded-md border border-line bg-tint p-3 text-sm font-normal sm:p-4">
        <p className="m-0">
          {t('review.summary', { count: findings, acknowledged, pairs })}
          {findings === 0 && <> {t('review.none')}</>}
        </p>
        {review.checks.length > 0 && (
          <>
            <h3 className="mt-3 mb-1 text-sm font-semibold">{t('review.compared')}</h3>
            <dl className="m-0 flex flex-wrap gap-x-5 gap-y-1">
              {measures.map(([key, value]) => (
                <div key={key} className="flex items-baseline gap-1.5">
                  <dt className="text-muted">{t(`review.measure.${key}`)}</dt>
                  <dd className="m-0 font-semibold tabular-nums" data-measure={key}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <ChecksTable checks={review.checks} t={t} />
          </>
        )}
        <AcknowledgedFindings entries={review.acknowledgedFindings} label={label} t={t} />
      </div>
    </div>
  );
}

function ChecksTable({ checks, t }: { checks: PageReview['checks']; t: TFunction }) {
  const cell = 'border-t border-line px-2 py-1 align-top';
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full max-w-5xl border-collapse text-left">
        <caption className="mb-1 text-left font-semibold">{t('review.table.caption')}</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="px-2 py-1 font-normal">
              {t('review.table.check')}
            </th>
            <th scope="col" className="hidden px-2 py-1 font-normal sm:table-cell">
              {t('review.table.read')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-normal whitespace-nowrap">
              {t('review.table.found')}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-normal whitespace-nowrap">
              {t('review.table.acknowledged')}
            </th>
          </tr>
        </thead>
        <tbody>
          {checks.map((row) => (
            <tr key={row.check} data-check={row.check}>
              <th scope="row" className={`${cell} font-normal`}>
                {t(`review.check.${row.check}`)}
                {/* On a phone what the check read goes under its name, not in a column of its own. */}
                <span className="block text-muted sm:hidden">{coverageText(row.compared, t)}</span>
              </th>
              <td className={`${cell} hidden sm:table-cell`}>{coverageText(row.compared, t)}</td>
              <td className={`${cell} text-right tabular-nums`} data-findings={row.findings}>
                {row.findings}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{row.acknowledged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "75 sentences in 44 clauses", "44条条款中的75句". */
function coverageText(compared: CheckCoverage, t: TFunction): string {
  const count = t(`review.unit.${compared.unit}`, { count: compared.count });
  if (!compared.within) return count;
  const within = t(`review.unit.${compared.within.unit}`, { count: compared.within.count });
  return t('review.within', { count, within });
}
