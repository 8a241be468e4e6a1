/**
 * What the bilingual check compares. A figure is one thing both language versions of a clause
 * must state alike: a period ("7日" / "7 days"), a rate ("万分之五" / "0.05%"), an amount
 * ("USD100"), a service-hours expression ("7×24"), a clause reference ("第3条" / "Clause 3") or
 * the name of a party or court ("阿里云计算有限公司" / "Alibaba Cloud Computing Ltd.").
 */
export type FigureGroup = 'period' | 'rate' | 'amount' | 'service hours' | 'reference' | 'entity';

export interface Figure {
  group: FigureGroup;
  /** What the figure matches on: equal keys are the same figure ("7 day", "%:0.05", "clause:3"). */
  key: string;
  /** How it is printed in a finding: "7 days", "0.05%", "USD 100", "Clause 9.1(g)". */
  label: string;
  /**
   * A "1" written as a word ("一个月", "a month", "前一小时"): translators drop or add these
   * freely, so an unmatched weak figure is only reported beside a real mismatch of its group.
   */
  weak?: boolean;
  /** The source text it was read from, for debugging and tests. */
  text: string;
}

/** What one side of a clause pair has that the other lacks, in one group. */
export interface Difference {
  group: FigureGroup;
  zh: string[];
  en: string[];
}

/**
 * The kinds of check the translation review runs, in the order it runs them: figures (periods,
 * amounts, rates, service hours, clause references, party names), clauses one side lacks, terms
 * of art, defined terms, meaning markers, exclusions, omission signals, consistency of sentences
 * and of term renderings across agreements, and the changelog's own check.
 */
export const reviewChecks = [
  'figures',
  'missing',
  'terms',
  'defined-terms',
  'markers',
  'exclusions',
  'omissions',
  'consistency',
  'renderings',
  'corrections',
] as const;
export type ReviewCheck = (typeof reviewChecks)[number];

/** One line of the check's output: `slug clause-id: text`. */
export interface Finding {
  slug: string;
  /** The check that found it. */
  check: ReviewCheck;
  /** The clause id, "clause-11.5", and its ref without "clause-", "11.5". */
  id: string;
  clause: string;
  /** "zh has 7 days, en has 5 days": what an `acknowledged` entry quotes. */
  text: string;
  /** The reason given in the content when the finding is acknowledged, else null. */
  acknowledged: string | null;
}
