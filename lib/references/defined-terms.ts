import type { Agreement } from '../pipeline/types';
import type { AgreementText, Block, Language } from '../pipeline/types';
import { plainTextOf } from './detect-references';
import { pronounTerms, termNamedByHeading, termPatterns } from './term-patterns';

/** A term the text defines, where: the defining block and the term's offsets in its plain text. */
export interface DefinedTerm {
  term: string;
  language: Language;
  /** The defining block's ref: '3.1.d' for the “Member Content”, 'preamble.1' for the “Agreement”. */
  ref: string;
  start: number;
  end: number;
  /** The sentence that defines it, for a hover or focus card. */
  sentence: string;
}

/** A glossary line: a term and every block that defines it (the addenda each define “Addendum”). */
export interface GlossaryEntry {
  term: string;
  refs: string[];
  sentence: string;
}

/**
 * Finds the terms one language text defines — “**Agreement**”, (“**Account**”), "“End User” is
 * any", （以下简称“阿里云”）, “保密信息” (所称保密信息，是指), 用户业务数据 (a section named after it
 * whose first clause says what it is) — from their defining clauses, in text order.
 */
export function findDefinedTerms(text: AgreementText): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  text.blocks.forEach((block, index) => {
    const plain = plainTextOf(block.content);
    const sentenceAt = sentencesOf(plain);
    for (const { pattern } of termPatterns[text.language]) {
      for (const match of plain.matchAll(new RegExp(pattern.source, 'gd'))) {
        for (const name of ['term', 'also'] as const) {
          const term = match.groups?.[name];
          const at = match.indices?.groups?.[name];
          if (!term || !at || pronounTerms.has(term.toLowerCase())) continue;
          terms.push(definition(term, text.language, block, sentenceAt, at[0]));
        }
      }
    }
    const headingTerm = block.kind === 'section' ? termOfSection(block, text, index) : null;
    if (headingTerm) terms.push(headingTerm);
  });
  const order = new Map(text.blocks.map((block, i) => [block.ref, i]));
  return dedupe(terms).sort((a, b) => order.get(a.ref)! - order.get(b.ref)! || a.start - b.start);
}

function termOfSection(section: Block, text: AgreementText, index: number): DefinedTerm | null {
  const first = text.blocks[index + 1];
  if (!first || first.parent !== section.id) return null;
  const plain = plainTextOf(first.content);
  const term = termNamedByHeading(plainTextOf(section.content), plain, text.language);
  return term ? definition(term, text.language, first, sentencesOf(plain), plain.indexOf(term)) : null;
}

function definition(
  term: string,
  language: Language,
  block: Block,
  sentenceAt: (offset: number) => string,
  start: number,
): DefinedTerm {
  return {
    term,
    language,
    ref: block.ref,
    start,
    end: start + term.length,
    sentence: sentenceAt(start),
  };
}

// Sentence ends: "。", "；", and ". " / "; " before a capital or an opening quote or bracket.
const sentenceEnd = /[。；]|[.;:](?=\s+[A-Z“"(])/g;

/**
 * The sentence around an offset of one block's plain text. The sentence ends are found once per
 * block, so that a paragraph defining a term thousands of times is not rescanned for each.
 */
function sentencesOf(plain: string): (offset: number) => string {
  const ends = [...plain.matchAll(sentenceEnd)].map((match) => match.index);
  return (offset) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle] >= offset) high = middle;
      else low = middle + 1;
    }
    const from = low > 0 ? ends[low - 1] + 1 : 0;
    return (low < ends.length ? plain.slice(from, ends[low] + 1) : plain.slice(from)).trim();
  };
}

/** The sentence of a block's text that has `word` first ("Confidential Information" in 8.1), or null. */
export function sentenceWith(block: Block, word: string): string | null {
  const plain = plainTextOf(block.content);
  const at = plain.indexOf(word);
  return at < 0 ? null : sentencesOf(plain)(at);
}

function dedupe(terms: DefinedTerm[]): DefinedTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(`${t.ref}|${t.start}`) && seen.add(`${t.ref}|${t.start}`));
}

/** Each language text's glossary: terms in the language's own order, each with its defining refs. */
export function glossary(agreement: Agreement): Partial<Record<Language, GlossaryEntry[]>> {
  const out: Partial<Record<Language, GlossaryEntry[]>> = {};
  for (const text of Object.values(agreement.texts)) {
    if (!text) continue;
    const entries = new Map<string, GlossaryEntry>();
    for (const { term, ref, sentence } of findDefinedTerms(text)) {
      const entry = entries.get(term);
      if (!entry) entries.set(term, { term, refs: [ref], sentence });
      else if (!entry.refs.includes(ref)) entry.refs.push(ref);
    }
    const collator = new Intl.Collator(text.language === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
    out[text.language] = [...entries.values()].sort((a, b) => collator.compare(a.term, b.term));
  }
  return out;
}
