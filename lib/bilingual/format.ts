import type { Difference, Finding } from './types';

/**
 * The words of the check's output, one place for all of them, since an `acknowledged` entry in
 * the content quotes a finding's text exactly:
 *   "maxcompute-terms clause-3.2.1: zh has 7 days, en has 5 days"
 *   "membership-agreement clause-11.6: zh has this clause, en has none"
 */
export function describeDifference(difference: Difference): string {
  return `zh has ${list(difference.zh)}, en has ${list(difference.en)}`;
}

/** A clause only one language version has. */
export function describeMissing(present: 'zh' | 'en'): string {
  return present === 'zh' ? 'zh has this clause, en has none' : 'zh has none, en has this clause';
}

export function formatFinding(finding: Finding): string {
  return `${finding.slug} ${finding.id}: ${finding.text}`;
}

export function formatSummary(pairs: number, findings: number, acknowledged: number): string {
  return `check:bilingual: ${pairs} clause pairs, ${findings} findings, ${acknowledged} acknowledged`;
}

function list(labels: string[]): string {
  return labels.length === 0 ? 'none' : labels.join(' and ');
}
