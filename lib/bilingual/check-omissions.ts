import type { Pair } from './check-terms';
import { splitSentences, textLength } from './sentences';

/** The length ratio of a pair, translation over source, in comparable units (sentences.ts). */
export function lengthRatio(pair: Pair): number {
  return (
    textLength(pair.text[pair.target], pair.target) /
    Math.max(1, textLength(pair.text[pair.source], pair.source))
  );
}

// Pairs shorter than this (units: Chinese characters or 1.6 × English words) are headings and
// list items whose ratio says nothing.
const minLength = 24;

/**
 * Omission signals: a translation with fewer sentences than its source that is also shorter than
 * its agreement's usual ratio by a fifth (a dropped sentence does both; a translation that joins
 * two sentences with a semicolon does only the first), or a length ratio outside
 * [median / 1.6, median × 1.6] (a dropped clause or list item shortens a translation by far more
 * than wording varies). "omission: zh has 1 sentence, en has 2", "omission: zh far shorter than en"
 * (no ratios in the text, so an acknowledgement does not go stale when the median moves).
 */
export function checkOmissions(pair: Pair, medianRatio: number): string[] {
  if (textLength(pair.text[pair.source], pair.source) < minLength) return [];
  const findings: string[] = [];
  const source = splitSentences(pair.text[pair.source], pair.source).length;
  const target = splitSentences(pair.text[pair.target], pair.target).length;
  const ratio = lengthRatio(pair);
  if (target < source && ratio < medianRatio / 1.25) {
    findings.push(`omission: ${pair.target} has ${count(target)}, ${pair.source} has ${count(source)}`);
  }
  if (ratio < medianRatio / 1.6) findings.push(`omission: ${pair.target} far shorter than ${pair.source}`);
  if (ratio > medianRatio * 1.6) findings.push(`omission: ${pair.target} far longer than ${pair.source}`);
  return findings;
}

const count = (n: number) => `${n} sentence${n === 1 ? '' : 's'}`;

export function median(values: number[]): number {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
