import type { Pair } from './check-terms';
import { exclusionHeads } from './exclusion-heads';

/**
 * Completeness of an exclusion, for a clause the highlighter tags as liability: each head of
 * damage and qualifier of exclusion-heads.ts present on one side only is reported,
 * "exclusion punitive: en only".
 */
export function checkExclusions(pair: Pair): string[] {
  const findings: string[] = [];
  for (const head of exclusionHeads) {
    const inEn = new RegExp(head.en, 'i').test(pair.text.en);
    const inZh = new RegExp(head.zh).test(pair.text.zh);
    if (inEn !== inZh) findings.push(`exclusion ${head.id}: ${inEn ? 'en' : 'zh'} only`);
  }
  return findings;
}
