import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { Comparison } from '@/lib/compare/types';
import { runSummary } from './folded-run';
import { clauseName, sideName } from './labels';

/** The counts, then every clause that differs (a folded one-sided stretch as one entry), linked. */
export function CompareSummary({
  comparison,
  locale,
  t,
}: {
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const { counts } = comparison;
  const a = sideName(comparison.a, locale);
  const b = sideName(comparison.b, locale);
  const differing = comparison.runs.filter((run) => run.fold !== 'same');
  const lines: [string, number][] = [
    [t('compare.count.changed'), counts.changed],
    [t('compare.count.qualified'), counts.qualified],
    [t('compare.count.only', { side: a }), counts['only-a']],
    [t('compare.count.only', { side: b }), counts['only-b']],
    [t('compare.count.same'), counts.same],
  ];
  return (
    <section aria-labelledby="compare-summary-title" className="text-sm">
      <h2 id="compare-summary-title" className="mt-4 mb-1 text-lg font-semibold">
        {t('compare.summaryTitle')}
      </h2>
      <dl className="m-0 grid grid-cols-[auto_1fr] gap-x-3" data-testid="compare-counts">
        {lines.map(([label, count]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd className="m-0 font-semibold tabular-nums">{count}</dd>
          </div>
        ))}
      </dl>
      {differing.length === 0 ? (
        <p>{t('compare.noDifferences')}</p>
      ) : (
        <>
          <h3 className="mt-3 mb-1 text-base font-semibold">{t('compare.summaryList')}</h3>
          <ul className="m-0 columns-1 pl-5 md:columns-2" data-testid="compare-differing">
            {differing.map((run) => {
              const clause = run.clauses[0];
              const label = run.fold
                ? runSummary(run, comparison, locale, t)
                : clause.a
                  ? clauseName(clause.a, comparison.a, locale, t)
                  : clauseName(clause.b!, comparison.b, locale, t);
              const status =
                run.fold || clause.status === 'only-a' || clause.status === 'only-b'
                  ? null
                  : t(`compare.status.${clause.status}`);
              return (
                <li key={run.key}>
                  <a href={`#${run.fold ? run.key : clause.key}`} className="underline">
                    {label}
                  </a>
                  {status && <span className="text-muted"> — {status}</span>}
                  {!run.fold && (clause.status === 'only-a' || clause.status === 'only-b') && (
                    <span className="text-muted">
                      {' '}
                      — {t('compare.status.only', { side: clause.status === 'only-a' ? a : b })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
