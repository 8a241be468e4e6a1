import type { Language } from '../pipeline/types';
import { similarity } from './text';
import type { ClauseUnit } from './units';

export interface AlignOptions {
  /** Clauses with the same ref pair when their words are at least this alike (0: always). */
  sameRef: number;
  /** Clauses left over pair by their words when at least this alike. */
  similar: number;
}

export type Aligned = [ClauseUnit | null, ClauseUnit | null];

/**
 * Pairs the clauses of two texts in reading order. First by clause id: clauses with the same ref,
 * in the same order, alike enough (a renumbered text can give clause 4.5 to a new clause). Then,
 * between two such anchors, by their words: the pairing that keeps the order and is most alike
 * in total (the MaxCompute section is 1 in one publication and 16 in the other). What is left
 * is only in one text: a clause only in a comes before one only in b at the same place.
 */
export function alignUnits(a: ClauseUnit[], b: ClauseUnit[], options: AlignOptions): Aligned[] {
  const anchors = sameRefAnchors(a, b, options.sameRef);
  const out: Aligned[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as const]) {
    out.push(...bySimilarity(a.slice(i, ai), b.slice(j, bj), options.similar));
    if (ai < a.length) out.push([a[ai], b[bj]]);
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

/**
 * How alike two clauses are: the mean over the languages both have. Below `floor` it may
 * answer less than the truth (the answer only has to say it is below).
 */
export function unitSimilarity(a: ClauseUnit, b: ClauseUnit, floor = 0): number {
  const shared = (Object.keys(a.words) as Language[]).filter((language) => b.words[language]);
  if (shared.length === 0) return 0;
  let sum = 0;
  for (const [i, language] of shared.entries()) {
    sum += similarity(a.words[language]!, b.words[language]!);
    // Even if every language still to come were identical, the mean would stay below the floor.
    if ((sum + (shared.length - i - 1)) / shared.length < floor) return 0;
  }
  return sum / shared.length;
}

/** Same-ref pairs alike enough, the longest run of them in the same order in both texts. */
function sameRefAnchors(a: ClauseUnit[], b: ClauseUnit[], threshold: number): [number, number][] {
  const inB = new Map(b.map((unit, j) => [unit.ref, j]));
  const pairs: [number, number][] = [];
  a.forEach((unit, i) => {
    const j = inB.get(unit.ref);
    if (j !== undefined && (threshold === 0 || unitSimilarity(unit, b[j], threshold) >= threshold))
      pairs.push([i, j]);
  });
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs whose second index increases (patience sorting). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]][1] < j) low = mid + 1;
      else high = mid;
    }
    previous[k] = low > 0 ? tails[low - 1] : -1;
    tails[low] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) out.unshift(pairs[k]);
  return out;
}

/**
 * Clauses between two anchors, paired by their words: the order-keeping pairing with the most
 * similarity in total, each pair at least `threshold` alike (dynamic programming, as for the
 * longest common subsequence).
 */
function bySimilarity(a: ClauseUnit[], b: ClauseUnit[], threshold: number): Aligned[] {
  if (a.length === 0 || b.length === 0)
    return [...a.map((u): Aligned => [u, null]), ...b.map((u): Aligned => [null, u])];
  const score = a.map(() => new Float64Array(b.length + 1));
  score.push(new Float64Array(b.length + 1));
  const alike = a.map((unit) => b.map((other) => unitSimilarity(unit, other, threshold)));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) {
      const pair = alike[i][j] >= threshold ? alike[i][j] + score[i + 1][j + 1] : -1;
      score[i][j] = Math.max(pair, score[i + 1][j], score[i][j + 1]);
    }
  const out: Aligned[] = [];
  let i = 0;
  let j = 0;
  const onlyA: Aligned[] = [];
  const onlyB: Aligned[] = [];
  while (i < a.length && j < b.length) {
    if (alike[i][j] >= threshold && score[i][j] === alike[i][j] + score[i + 1][j + 1]) {
      out.push(...onlyA.splice(0), ...onlyB.splice(0), [a[i++], b[j++]]);
    } else if (score[i][j] === score[i + 1][j]) onlyA.push([a[i++], null]);
    else onlyB.push([null, b[j++]]);
  }
  while (i < a.length) onlyA.push([a[i++], null]);
  while (j < b.length) onlyB.push([null, b[j++]]);
  return [...out, ...onlyA, ...onlyB];
}
