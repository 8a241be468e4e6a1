import { toString } from 'mdast-util-to-string';
import type { Block, Language } from '../pipeline/types';

/** A block's text as one plain string, its printed label ("3.2.1.", "(a)") left out. */
export function blockText(block: Block): string {
  const text = toString({ type: 'paragraph', children: block.content }).trim();
  return block.label && text.startsWith(block.label)
    ? text.slice(block.label.length).replace(/^[.．、\s]+/, '')
    : text;
}

// Sentence ends: "。", "！", "？" in Chinese; ". ", "! ", "? " before the next word in English, but
// not after the abbreviations these agreements use ("i.e. the", "No. 5", "Ltd. and"). Semicolons
// do not end a sentence: translators join and split at them freely ("…影响，请…" / "…effects;
// please…"), and aligning at them pairs the wrong halves.
const zhEnd = /[。！？]+[”’」）)]*/g;
const enEnd = /(?<!\b(?:i\.e|e\.g|etc|No|Ltd|Co|Inc|Mr|Ms|Dr|St|[A-Z]))[.!?]+[”"’)]*(?=\s+\S|$)/g;

/** The sentences of a plain text, in order, each trimmed; a text without an end is one sentence. */
export function splitSentences(text: string, language: Language): string[] {
  const pattern = language === 'zh' ? zhEnd : enEnd;
  const out: string[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    out.push(text.slice(from, end).trim());
    from = end;
  }
  out.push(text.slice(from).trim());
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * A sentence reduced to what identical boilerplate shares: no white space, punctuation, clause
 * numbers or case. "10.5. 在任何情况下，阿里云…" and "7.3 在任何情况下,阿里云…" compare equal.
 */
export function normalizeSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|\([a-z0-9]+\)|[ivx]+\.)\s*/, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Length of a text in comparable units: Chinese characters, or English words times 1.6. */
export function textLength(text: string, language: Language): number {
  if (language === 'zh') return (text.match(/[\p{Script=Han}]|[A-Za-z0-9]+/gu) ?? []).length;
  return (text.match(/[A-Za-z0-9]+(?:['’][a-z]+)?/g) ?? []).length * 1.6;
}

/** An aligned unit of a clause pair: one sentence pair, or the whole clause (below). */
export interface TermUnit {
  slug: string;
  ref: string;
  /** The language of the official text. */
  source: Language;
  text: Record<Language, string>;
}

/**
 * The aligned units of a clause pair: sentence n with sentence n when both sides have the same
 * number of sentences, else the clause as a whole (a translation that joins or splits sentences
 * would pair the wrong halves).
 */
export function alignedUnits(pair: {
  slug: string;
  ref: string;
  source: Language;
  text: Record<Language, string>;
}): TermUnit[] {
  const zh = splitSentences(pair.text.zh, 'zh');
  const en = splitSentences(pair.text.en, 'en');
  const texts = zh.length === en.length ? zh.map((s, i) => ({ zh: s, en: en[i] })) : [pair.text];
  return texts.map((text) => ({ slug: pair.slug, ref: pair.ref, source: pair.source, text }));
}
