import type { Language } from '../pipeline/types';
import type { Pair } from './check-terms';
import { normalizeSentence, splitSentences } from './sentences';

/** A pair from any agreement, for the check across agreements. */
export interface LibraryPair extends Pair {
  slug: string;
}

interface Unit {
  slug: string;
  ref: string;
  source: Language;
  text: Record<Language, string>;
  grams: Record<Language, Set<string>>;
}

// Near-identical: the Dice coefficient of two normalised sentences' character bigrams. 0.9 keeps
// "阿里云" / "我们" swaps and one changed word together; shorter units than 12 characters
// ("Definitions", "(a)") say nothing.
const near = 0.9;
const minLength = 12;

/**
 * Consistency across the library: two units (aligned sentences, or whole clauses where the
 * sentence counts differ) whose source sentences are identical or near-identical — within an
 * agreement or across agreements — must have translations as alike as their sources. Units with
 * the same source language are compared; a unit is also compared by its Chinese (or English) side
 * with a unit whose official text is in that language, so that boilerplate the MNS terms
 * translate follows the general terms' official wording. The unit whose differing side is a
 * translation gets the finding (the later one when both are):
 * "consistency: zh as in maxcompute-terms clause-10.5, en differs".
 */
export function checkConsistency(pairs: LibraryPair[]): Map<string, string[]> {
  const units = pairs.flatMap(unitsOf);
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  // The pairs of units to compare, in the order of a loop over every pair (j, then i < j, then
  // zh before en), found without that loop: see similarPairs.
  const candidates = (['zh', 'en'] as const)
    .flatMap((key, k) => similarPairs(units, key).map(([i, j]) => ({ i, j, k, key })))
    .sort((x, y) => x.j - y.j || x.i - y.i || x.k - y.k);
  for (const { i, j, key } of candidates) {
    const a = units[i];
    const b = units[j];
    if (a.source !== key && b.source !== key) continue;
    const other: Language = key === 'zh' ? 'en' : 'zh';
    const same = dice(a.grams[key], b.grams[key]);
    if (same < near) continue;
    const translated = dice(a.grams[other], b.grams[other]);
    if (translated >= same - 0.08) continue;
    const [at, other_] = b.source !== other ? [b, a] : [a, b];
    const text = `consistency: ${key} as in ${other_.slug} clause-${other_.ref}, ${other} differs`;
    const id = `${at.slug} ${at.ref} ${text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.set(`${at.slug} ${at.ref}`, [...(out.get(`${at.slug} ${at.ref}`) ?? []), text]);
  }
  return out;
}

/**
 * Every pair [i, j] (i < j) of units whose `key` sides may be near-identical (Dice ≥ `near`),
 * without comparing every pair: the library grows by agreements, and the pairs by their square
 * (at ten times the content, 70 s of a build). Prefix filtering, the usual way of a similarity
 * join: with each unit's bigrams ordered rarest first, two sets whose Dice coefficient reaches
 * `near` (Jaccard `near / (2 - near)`) share a bigram among the first |A| − ⌈j·|A|⌉ + 1 of
 * each. Only units that share such a bigram are candidates; `dice` then decides, as before.
 */
function similarPairs(units: Unit[], key: Language): [number, number][] {
  const frequency = new Map<string, number>();
  for (const unit of units)
    for (const gram of unit.grams[key]) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const jaccard = near / (2 - near);
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  units.forEach((unit, j) => {
    const grams = [...unit.grams[key]].sort(
      (a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    // (Less a hair: a product that is a whole number must not round up past it.)
    const prefix = grams.slice(0, grams.length - Math.ceil(jaccard * grams.length - 1e-9) + 1);
    const found = new Set<number>();
    for (const gram of prefix) for (const i of index.get(gram) ?? []) found.add(i);
    for (const i of found) pairs.push([i, j]);
    for (const gram of prefix) {
      const list = index.get(gram);
      if (list) list.push(j);
      else index.set(gram, [j]);
    }
  });
  return pairs;
}

function unitsOf(pair: LibraryPair): Unit[] {
  const zh = splitSentences(pair.text.zh, 'zh');
  const en = splitSentences(pair.text.en, 'en');
  const texts = zh.length === en.length ? zh.map((s, i) => ({ zh: s, en: en[i] })) : [pair.text];
  return texts
    .map((text) => ({ zh: normalizeSentence(text.zh), en: normalizeSentence(text.en) }))
    .filter((text) => text.zh.length >= minLength && text.en.length >= minLength)
    .map((text) => ({
      slug: pair.slug,
      ref: pair.ref,
      source: pair.source,
      text,
      grams: { zh: bigrams(text.zh), en: bigrams(text.en) },
    }));
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) out.add(text.slice(i, i + 2));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < near * 0.8) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
