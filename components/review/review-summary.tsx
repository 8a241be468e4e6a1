import type { TFunction } from 'i18next';
import type { CheckCoverage } from '@/lib/bilingual/review-coverage';
import type { PageReview } from '@/lib/page/types';
import { AcknowledgedFindings } from './acknowledged-findings';

/**
 * The translation review of the whole agreement: the totals and what was compared (pairs,
 * sentences, figures, references, terms). On the agreement page that is all, with a link to the
 * review report (`report`); the report adds each kind of check with what it read and found, and
 * the acknowledged findings with their reasons.
 */
export function ReviewSummary({
  review,
  report,
  newTab = false,
  clauseHref = (id) => `#${id}`,
  label = (ref) => ref,
  t,
}: {
  review: PageReview;
  /** The review report's address, on the agreement page; absent on the report itself. */
  report?: string;
  /** In an embed: the report opens in a new tab, out of the frame. */
  newTab?: boolean;
  /** Where a clause's row is: `#clause-11.5` on the agreement page, its address elsewhere. */
  clauseHref?: (id: string) => string;
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
    <div className="review-summary m-0 basis-full" data-findings={findings}>
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
            {!report && <ChecksTable checks={review.checks} t={t} />}
          </>
        )}
        {report ? (
          <p className="mt-3 mb-0">
            <a
              href={report}
              className="underline underline-offset-2"
              data-review-report
              {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
            >
              {t('review.reportLink')}
            </a>
          </p>
        ) : (
          <AcknowledgedFindings
            entries={review.acknowledgedFindings}
            clauseHref={clauseHref}
            label={label}
            t={t}
          />
        )}
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
