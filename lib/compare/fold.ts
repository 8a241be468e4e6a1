import type { ClauseRun, ComparedClause } from './types';

/** Stretches of clauses only one side has shorter than this stay open: 9.1(g), 11.6–11.8. */
export const foldOneSidedFrom = 5;

/**
 * The clauses grouped for the page: each run of identical clauses folds behind its count, as
 * does a stretch of at least `foldOneSidedFrom` clauses only one side has (23 sections of other
 * products); every other clause is a run of its own, shown open.
 */
export function foldRuns(clauses: ComparedClause[]): ClauseRun[] {
  const runs: ClauseRun[] = [];
  for (const clause of clauses) {
    const fold =
      clause.status === 'same' || clause.status === 'only-a' || clause.status === 'only-b'
        ? clause.status
        : null;
    const last = runs[runs.length - 1];
    if (fold && last?.fold === fold) last.clauses.push(clause);
    else runs.push({ key: `run-${clause.key}`, fold, clauses: [clause] });
  }
  return runs.flatMap((run) =>
    run.fold !== 'same' && run.fold !== null && run.clauses.length < foldOneSidedFrom
      ? run.clauses.map((clause) => ({ key: `run-${clause.key}`, fold: null, clauses: [clause] }))
      : [run],
  );
}
