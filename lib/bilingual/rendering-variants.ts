import type { Language } from '../pipeline/types';

/**
 * A near variant of a phrase rendering in a translation that lacks the phrase itself: the same
 * term said a little differently, which is what an inconsistent translation of a term mostly
 * looks like ("阿里云主平台" for 阿里云平台, "会员的内容" for 会员内容, "Specific Terms" for
 * "Product-Specific Terms"). Null when there is none: then the term was paraphrased, or left
 * out, which the other checks judge.
 */
export function nearVariant(rendering: string, target: string, language: Language): string | null {
  return language === 'zh' ? chineseVariant(rendering, target) : englishVariant(rendering, target);
}

// Same first and last character, at most two more or one fewer, all but one in order.
function chineseVariant(rendering: string, target: string): string | null {
  const n = rendering.length;
  if (n < 3) return null;
  for (const run of target.match(/\p{Script=Han}+/gu) ?? []) {
    for (let length = n - 1; length <= n + 2; length++) {
      for (let k = 0; k + length <= run.length; k++) {
        const candidate = run.slice(k, k + length);
        if (candidate === rendering || candidate[0] !== rendering[0] || candidate.at(-1) !== rendering.at(-1))
          continue;
        if (commonSubsequence(candidate, rendering) >= n - 1) return candidate;
      }
    }
  }
  return null;
}

const capitalised = /\b[A-Z][A-Za-z]*(?:(?: of| and| for)? [A-Z][A-Za-z]*|-[A-Z][A-Za-z]*)+\b/g;
const words = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[ -]+/)
    .filter((w) => !/^(?:of|and|for)$/.test(w));

// Another capitalised phrase with the same head word and at least half of the words.
function englishVariant(rendering: string, target: string): string | null {
  const wanted = words(rendering);
  if (wanted.length < 2) return null;
  for (const phrase of target.match(capitalised) ?? []) {
    const found = words(phrase);
    if (found.join(' ') === wanted.join(' ') || found.at(-1) !== wanted.at(-1)) continue;
    if (wanted.filter((w) => found.includes(w)).length * 2 >= wanted.length) return phrase;
  }
  return null;
}

function commonSubsequence(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const char of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = char === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}
