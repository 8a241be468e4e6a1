import type { Language } from '../pipeline/types';
import type { Figure } from './types';

/**
 * A named pattern that reads figures from text, for one or both languages. Rules run in a fixed
 * order and each blanks what it read, so a span is read once: the "15" of "Clause 15" is not
 * also a number for the period rules after it.
 */
export interface FigureRule {
  name: string;
  languages: readonly Language[];
  pattern: RegExp;
  /** The figure a match states, or null to leave the match for later rules. */
  read: (match: RegExpExecArray) => Figure | Figure[] | null;
}

export function applyRules(
  text: string,
  language: Language,
  rules: readonly FigureRule[],
): { figures: Figure[]; rest: string } {
  const figures: Figure[] = [];
  let rest = text;
  for (const rule of rules) {
    if (!rule.languages.includes(language)) continue;
    for (const match of [...rest.matchAll(rule.pattern)]) {
      const found = rule.read(match as RegExpExecArray);
      if (!found) continue;
      figures.push(...(Array.isArray(found) ? found : [found]));
      rest = blankSpan(rest, match.index, match[0].length);
    }
  }
  return { figures, rest };
}

function blankSpan(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}
