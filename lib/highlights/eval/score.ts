import { tags, type Tag } from '../rules';

/** One labelled unit as judged: where it is from, what the labeller gave, what the rules gave. */
export interface Judged {
  id: string;
  text: string;
  want: Tag[];
  got: Tag[];
}

export interface Score {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: Judged[];
  falseNegatives: Judged[];
}

/**
 * Precision, recall and F1 of one tag. With nothing to find and nothing found, precision and
 * recall are 1 (no error made); F1 is their harmonic mean, 0 when both are 0.
 */
export function scoreTag(units: Judged[], tag: Tag): Score {
  const falsePositives = units.filter((u) => u.got.includes(tag) && !u.want.includes(tag));
  const falseNegatives = units.filter((u) => !u.got.includes(tag) && u.want.includes(tag));
  const tp = units.filter((u) => u.got.includes(tag) && u.want.includes(tag)).length;
  const fp = falsePositives.length;
  const fn = falseNegatives.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: units.length, tp, fp, fn, precision, recall, f1, falsePositives, falseNegatives };
}

/** A budget: the least F1 and precision a tag must reach on a set. */
export interface Budget {
  f1: number;
  precision?: number;
}

/** The budgets a score misses, in words ("F1 0.81 < 0.85"); empty when it meets them all. */
export function missedBudget(score: Score, budget: Budget): string[] {
  const missed: string[] = [];
  if (score.f1 < budget.f1) missed.push(`F1 ${score.f1.toFixed(2)} < ${budget.f1}`);
  if (budget.precision !== undefined && score.precision < budget.precision)
    missed.push(`precision ${score.precision.toFixed(2)} < ${budget.precision}`);
  return missed;
}

export { tags };
