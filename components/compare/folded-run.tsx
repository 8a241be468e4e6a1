import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { ClauseRun, Comparison } from '@/lib/compare/types';
import { ClauseComparison } from './clause-comparison';
import { DiffParagraphs } from './diff-paragraphs';
import { clauseName, sideName } from './labels';

/**
 * A run of clauses folded behind its count (a <details>, so it opens without JavaScript):
 * identical clauses, read once in each language; or a long stretch only one side has, each
 * clause as an open one shows it.
 */
export function FoldedRun({
  run,
  comparison,
  locale,
  t,
}: {
  run: ClauseRun;
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const summary = runSummary(run, comparison, locale, t);
  return (
    <details id={run.key} className="border-t border-line py-2">
      <summary className="cursor-pointer text-sm text-accent">{summary}</summary>
      {run.fold === 'same'
        ? run.clauses.map((clause) => (
            <div key={clause.key} id={clause.key} className="border-t border-line py-2 first:border-t-0">
              <p className="m-0 text-xs font-semibold text-muted first-letter:uppercase">
                {clauseName(clause.a!, comparison.a, locale, t)}
              </p>
              <div className="grid gap-x-6 md:grid-cols-2">
                {comparison.languages
                  .filter((language) => clause.texts[language])
                  .map((language) => (
                    <div key={language} lang={htmlLang(language)} className="min-w-0">
                      <DiffParagraphs paragraphs={clause.texts[language]!.a} side="" locale={locale} t={t} />
                    </div>
                  ))}
              </div>
            </div>
          ))
        : run.clauses.map((clause) => (
            <ClauseComparison
              key={clause.key}
              clause={clause}
              comparison={comparison}
              locale={locale}
              t={t}
            />
          ))}
    </details>
  );
}

/** "Identical clauses (32): clause 3.5 to clause 7", "Only in … (52 clauses): … to …". */
export function runSummary(run: ClauseRun, comparison: Comparison, locale: Locale, t: TFunction): string {
  const name = (i: number) => {
    const clause = run.clauses[i];
    return clause.a
      ? clauseName(clause.a, comparison.a, locale, t)
      : clauseName(clause.b!, comparison.b, locale, t);
  };
  const count = run.clauses.length;
  const range = count === 1 ? name(0) : t('compare.range', { from: name(0), to: name(count - 1) });
  if (run.fold === 'same') return t('compare.sameRun', { count, range });
  const side = sideName(comparison[run.fold === 'only-a' ? 'a' : 'b'], locale);
  return t('compare.onlyRun', { side, count, range });
}
