import type { Language } from '../pipeline/types';
import { findForm, firstForm, type Termbase } from './termbase';

/** One clause pair as the review checks see it: the official side is the source. */
export interface Pair {
  ref: string;
  source: Language;
  target: Language;
  /** Plain text of each side, labels left out. */
  text: Record<Language, string>;
}

/**
 * Terms of art (content/termbase.yaml): a pair whose official text has a term and whose
 * translation lacks every required rendering, or uses a forbidden one, e.g.
 *   "term indemnify: zh lacks 赔偿"
 *   "term indemnify: zh uses forbidden 补偿"
 */
export function checkTerms(pair: Pair, termbase: Termbase): string[] {
  const findings: string[] = [];
  const { source, target, text } = pair;
  for (const term of termbase.terms) {
    if (term.from && term.from !== source) continue;
    if (!firstForm(text[source], term[source], source, term.except?.[source])) continue;
    if (term.from && term.from !== source) continue;
    if (!firstForm(text[target], term[target], target)) {
      findings.push(`term ${term.id}: ${target} lacks ${term[target].join(' / ')}`);
    }
    for (const forbidden of term.forbidden?.[target] ?? []) {
      if (forbidden.unless && new RegExp(forbidden.unless, 'i').test(text[source])) continue;
      if (findForm(text[target], forbidden.text, target)) {
        findings.push(`term ${term.id}: ${target} uses forbidden ${forbidden.text}`);
      }
    }
  }
  return findings;
}
