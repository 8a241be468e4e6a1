import type { Language } from '../pipeline/types';

/**
 * What a data-driven term alignment needs: the n-grams of each side of the aligned units, and
 * the Dice coefficient between a term's units and an n-gram's units. "Alibaba Cloud Platform"
 * is in 24 English units, 阿里云平台 in 23 of their Chinese sides and nowhere else: Dice
 * 2 × 23 / (24 + 23) = 0.98. A rendering has to be attested: at least `minShared` units.
 */
export const minShared = 3;
export const minDice = 0.6;

/**
 * Chinese: every run of 2 to 10 Han characters (no segmenter is reliable on legal compounds, so
 * the association decides which run is the term). English: runs of 1 to 5 words, lower case.
 */
export function ngrams(text: string, language: Language): Set<string> {
  const out = new Set<string>();
  if (language === 'zh') {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? [])
      for (let n = 2; n <= 10; n++) for (let k = 0; k + n <= run.length; k++) out.add(run.slice(k, k + n));
    return out;
  }
  const words = text.toLowerCase().match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g) ?? [];
  for (let n = 1; n <= 5; n++)
    for (let k = 0; k + n <= words.length; k++) out.add(words.slice(k, k + n).join(' '));
  return out;
}

/** How many units have each n-gram. */
export function gramCounts(grams: Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of grams) for (const gram of set) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

// 本服务协议 / 您的最终用户: the determiner belongs to the sentence, not to the term.
const determiner = /^(?:本|该|您的|其|相关)(?=\p{Script=Han}{2})/u;

// 服务 → 服务抵扣额; a longer extension is a phrase of the sentence (披露方 → 论披露方在披露时是否).
const maxExtension = 3;

// A term neither starts nor ends with a particle or conjunction (会员协议的, 及服务).
const looseEnd = /^[的了和或及与对在将把为是等之以于由并]|[的了和或及与对在将把为是等之以于由并]$/u;

/**
 * The n-gram of the other side that renders a term found in units `hits` (indexes into
 * `grams`): the highest Dice among n-grams that share `minShared` units with it, then extended
 * to the longest n-gram containing it that is in nearly as many of the term's units (three
 * quarters) with Dice `minDice`, at most `maxExtension` characters or words longer. A fragment that the usual rendering shares with a variant (服务
 * of 服务抵扣额 and 服务抵用额) is in more units than either and scores higher; the extension
 * finds the rendering itself, as it finds 阿里云平台 from its fragment 阿里云平. Null when no
 * n-gram reaches `minDice`.
 */
export function bestAssociate(
  hits: number[],
  grams: Set<string>[],
  counts: Map<string, number>,
): string | null {
  const shared = new Map<string, number>();
  for (const i of hits) for (const gram of grams[i]) shared.set(gram, (shared.get(gram) ?? 0) + 1);
  const dice = (gram: string) => (2 * shared.get(gram)!) / (hits.length + counts.get(gram)!);
  const candidates = [...shared.keys()].filter(
    (gram) => shared.get(gram)! >= minShared && dice(gram) >= minDice && !looseEnd.test(gram),
  );
  const top = candidates.sort((a, b) => dice(b) - dice(a) || b.length - a.length || (a < b ? -1 : 1))[0];
  if (!top) return null;
  const best = candidates
    .filter(
      (gram) =>
        gram.includes(top) &&
        gram.length <= top.length + maxExtension &&
        !(determiner.test(gram) && !determiner.test(top)) &&
        shared.get(gram)! * 4 >= shared.get(top)! * 3,
    )
    .sort((a, b) => b.length - a.length || dice(b) - dice(a) || (a < b ? -1 : 1))[0];
  const bare = best.replace(determiner, '');
  return bare !== best && shared.get(bare) === shared.get(best) ? bare : best;
}
