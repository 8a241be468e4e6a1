import type { Agreement, AgreementText, Language } from '../pipeline/types';
import { languages } from '../pipeline/types';
import { findDefinedTerms, sentenceWith, type DefinedTerm } from './defined-terms';

/**
 * One defined term with its counterpart in the other language: “Member Content” / 会员内容, the
 * sentence that defines it in each language, and where the official text defines it.
 */
export interface GlossaryPair {
  terms: Partial<Record<Language, string>>;
  /** The whole defining sentence per language (the export's). */
  definitions: Partial<Record<Language, string>>;
  /** The same, or the part of it around the term when it is long (the page's). */
  excerpts: Partial<Record<Language, string>>;
  /** The defining blocks' refs, in text order: the addenda each define “Addendum”. */
  refs: string[];
}

/** A defined term of the official text and its one rendering (content/termbase.yaml `defined`). */
export interface TermRendering {
  term: string;
  rendering: string;
}

/**
 * The agreement's glossary as bilingual pairs, once per reading language: the same pairs, in
 * the order of the term in that language (pinyin for Chinese), a term the language lacks sorted
 * by its counterpart. Each term the official text defines is paired with its registered
 * rendering; the translation's definition is the sentence that defines the rendering, or else
 * the sentence of the same clause that uses it ("Confidential Information" is defined in
 * Chinese only: 所称保密信息，是指…). A term only the translation defines stays, alone.
 */
export function bilingualGlossary(
  agreement: Agreement,
  renderings: TermRendering[],
): Record<Language, GlossaryPair[]> {
  const official = agreement.official;
  const target = languages.find((l) => l !== official.language)!;
  const translation = agreement.texts[target];
  const translated = translation ? byTerm(findDefinedTerms(translation)) : new Map<string, DefinedTerm[]>();
  const used = new Set<string>();
  const pairs: GlossaryPair[] = [];
  for (const [term, definitions] of byTerm(findDefinedTerms(official))) {
    const pair: GlossaryPair = {
      terms: { [official.language]: term },
      definitions: { [official.language]: definitions[0].sentence },
      excerpts: { [official.language]: excerpt(definitions[0].sentence, term, official.language) },
      refs: [...new Set(definitions.map((d) => d.ref))],
    };
    const rendering = renderings.find((r) => r.term === term)?.rendering;
    if (translation && rendering) {
      used.add(rendering);
      pair.terms[target] = rendering;
      const sentence =
        translated.get(rendering)?.[0].sentence ?? usingSentence(translation, pair.refs, rendering);
      if (sentence) {
        pair.definitions[target] = sentence;
        pair.excerpts[target] = excerpt(sentence, rendering, target);
      }
    }
    pairs.push(pair);
  }
  for (const [term, definitions] of translated)
    if (!used.has(term))
      pairs.push({
        terms: { [target]: term },
        definitions: { [target]: definitions[0].sentence },
        excerpts: { [target]: excerpt(definitions[0].sentence, term, target) },
        refs: [...new Set(definitions.map((d) => d.ref))],
      });
  return { en: sorted(pairs, 'en'), zh: sorted(pairs, 'zh') };
}

// About two lines of a glossary entry: the introduction of the membership agreement defines
// five terms in one 600-character sentence, and each entry shows the words around its own term.
const excerptLength: Record<Language, number> = { en: 220, zh: 110 };

/**
 * The defining sentence, or when it is long the part of it around the term, cut at spaces in
 * English and marked with "…": "…(collectively, the “Agreement”) sets forth the terms…".
 */
export function excerpt(sentence: string, term: string, language: Language): string {
  const max = excerptLength[language];
  if (sentence.length <= max) return sentence;
  // The term where it is defined, in quotes, rather than an earlier use ("This Agreement … the “Agreement”").
  const quoted = ['“', '"'].map((q) => sentence.indexOf(q + term)).find((i) => i >= 0);
  const at = quoted ?? Math.max(0, sentence.indexOf(term));
  let start = Math.max(0, at - Math.floor((max - term.length) / 2));
  const end = Math.min(sentence.length, start + max);
  start = Math.max(0, end - max);
  let text = sentence.slice(start, end);
  if (language === 'en') {
    if (start > 0) text = text.slice(text.indexOf(' ') + 1);
    if (end < sentence.length) text = text.slice(0, text.lastIndexOf(' '));
  }
  return `${start > 0 ? '…' : ''}${text.trim()}${end < sentence.length ? '…' : ''}`;
}

function byTerm(defined: DefinedTerm[]): Map<string, DefinedTerm[]> {
  const out = new Map<string, DefinedTerm[]>();
  for (const d of defined) out.set(d.term, [...(out.get(d.term) ?? []), d]);
  return out;
}

function usingSentence(text: AgreementText, refs: string[], word: string): string | null {
  for (const ref of refs) {
    const block = text.blocks.find((b) => b.ref === ref);
    const sentence = block && sentenceWith(block, word);
    if (sentence) return sentence;
  }
  return null;
}

const collators: Record<Language, Intl.Collator> = {
  en: new Intl.Collator('en', { sensitivity: 'base' }),
  zh: new Intl.Collator('zh-Hans-u-co-pinyin'),
};

function sorted(pairs: GlossaryPair[], language: Language): GlossaryPair[] {
  const other = languages.find((l) => l !== language)!;
  const key = (pair: GlossaryPair) => pair.terms[language] ?? pair.terms[other] ?? '';
  return [...pairs].sort((a, b) => collators[language].compare(key(a), key(b)));
}
