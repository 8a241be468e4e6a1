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
 * Omission signals: a translation with fewer sentences than its source by two or more, or one
 * whose length ratio lies outside [median / 1.6, median × 1.6] of its agreement's ratios (a
 * dropped sentence or clause shortens a translation by far more than wording varies).
 * "omission: zh has 2 sentences, en has 4", "omission: zh far shorter than en" (no figures in the
 * text, so an acknowledgement does not go stale when another clause moves the median).
 */
export function checkOmissions(pair: Pair, medianRatio: number): string[] {
  const findings: string[] = [];
  const source = splitSentences(pair.text[pair.source], pair.source).length;
  const target = splitSentences(pair.text[pair.target], pair.target).length;
  if (source - target >= 2 || target - source >= 2) {
    findings.push(`omission: ${pair.target} has ${target} sentences, ${pair.source} has ${source}`);
  }
  if (textLength(pair.text[pair.source], pair.source) >= minLength) {
    const ratio = lengthRatio(pair);
    if (ratio < medianRatio / 1.6) findings.push(`omission: ${pair.target} far shorter than ${pair.source}`);
    if (ratio > medianRatio * 1.6) findings.push(`omission: ${pair.target} far longer than ${pair.source}`);
  }
  return findings;
}

export function median(values: number[]): number {
  if (values.length === 0) return 1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
