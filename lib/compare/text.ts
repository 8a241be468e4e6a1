import type { Language } from '../pipeline/types';

// The entities lib/page/clause-html.ts writes: its escapes and nothing else.
const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/**
 * The words of a clause cell, from the page model's clause HTML: tags dropped (emphasis and links
 * are not compared), a line break read as a space, the escapes undone.
 * `<strong>3.1.</strong>服务费用将在…` → `3.1.服务费用将在…`.
 */
export function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]!);
}

// "3.4.", "1.1.1", "13.9", "(g)", "(iv)" at the start of a numbered clause's text.
const printedNumber = /^\s*(?:\d+(?:\.\d+)*\.?|\([a-z]{1,5}\))\s*/i;

/**
 * A numbered clause's text without its printed number, which the comparison names from the ref
 * instead: the same clause may be 1.1.1 in one publication and 16.1.1 in another
 * (`1.1.1如果您…` → `如果您…`).
 */
export function withoutNumber(text: string): string {
  return text.replace(printedNumber, '');
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Chinese text as words (Intl.Segmenter's dictionary segmentation), white space left out:
 * spacing in Chinese text is typography, so `www.aliyun.com 网站` and `www.aliyun.com网站` give
 * the same tokens.
 */
export function chineseTokens(text: string): string[] {
  return [...segmenter.segment(text.replace(/\s+/g, ''))].map((segment) => segment.segment);
}

/** The words that make two texts alike, for alignment: letters and digits, lower case. */
export function similarityTokens(text: string, language: Language): string[] {
  const words = language === 'zh' ? chineseTokens(text) : text.split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word)).map((word) => word.toLowerCase());
}

/** A bag of words: each word and how often it occurs, and how many words in all. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

export function wordBag(words: string[]): WordBag {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

/**
 * Dice's coefficient of two bags of words: 1 for the same words, 0 for none in common. Below
 * `floor` it may answer 0 early: bags of very different sizes cannot reach it.
 */
export function similarity(a: WordBag, b: WordBag, floor = 0): number {
  if (a.size === 0 && b.size === 0) return 1;
  if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < floor) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
