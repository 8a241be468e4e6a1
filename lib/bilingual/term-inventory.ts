import type { Language } from '../pipeline/types';
import { bestAssociate, gramCounts, ngrams } from './term-association';
import { findForm, firstForm, type Termbase } from './termbase';
import type { TermUnit } from './sentences';

/** One way of rendering a source term, and how to find it in a translation. */
export interface Rendering {
  label: string;
  /** Whether the translation has it; `source` is the unit's official side (for `unless`). */
  test: (target: string, source: string) => boolean;
}

/** A term of the official texts whose renderings across the library are compared. */
export interface SourceTerm {
  /** Termbase id ("representation"), or the term itself ("Member Content", "专用条款"). */
  key: string;
  kind: 'termbase' | 'defined' | 'capitalised';
  source: Language;
  occurs: (text: string) => boolean;
  /** The preferred rendering first: the termbase's required one, the registered one. */
  renderings: Rendering[];
}

const other = (language: Language): Language => (language === 'en' ? 'zh' : 'en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A rendering found as the termbase finds forms: Chinese anywhere, English at a word start. */
export function formRendering(form: string, language: Language, unless?: string): Rendering {
  const skip = unless ? new RegExp(unless, 'i') : null;
  return {
    label: form,
    test: (target, source) => !skip?.test(source) && findForm(target, form, language),
  };
}

/** A rendering that is a phrase: Chinese anywhere, English at word bounds in any case. */
export function phraseRendering(phrase: string, language: Language): Rendering {
  if (language === 'zh') return { label: phrase, test: (target) => target.includes(phrase) };
  const pattern = new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`, 'i');
  return { label: phrase, test: (target) => pattern.test(target) };
}

/** Each termbase term in each direction it applies: its forms and its forbidden renderings. */
export function termbaseTerms(termbase: Termbase): SourceTerm[] {
  return termbase.terms.flatMap((term) =>
    (['en', 'zh'] as const)
      .filter((source) => !term.from || term.from === source)
      .map((source) => {
        const target = other(source);
        return {
          key: term.id,
          kind: 'termbase' as const,
          source,
          occurs: (text: string) => firstForm(text, term[source], source, term.except?.[source]) !== null,
          renderings: [
            ...term[target].map((form) => formRendering(form, target)),
            ...(term.forbidden?.[target] ?? []).map((f) => formRendering(f.text, target, f.unless)),
          ],
        };
      }),
  );
}

/**
 * Each defined term of any agreement, with every rendering registered for it in any agreement
 * (one term registered two ways in two agreements is then two renderings). Terms checked at
 * their definition only (`definitionOnly`: 服务, "Services") are everyday words elsewhere.
 */
export function definedTerms(termbase: Termbase, sourceOf: Map<string, Language>): SourceTerm[] {
  const byTerm = new Map<string, { source: Language; renderings: string[] }>();
  for (const [slug, entries] of Object.entries(termbase.defined)) {
    const source = sourceOf.get(slug);
    if (!source) continue;
    for (const entry of entries) {
      if (entry.definitionOnly) continue;
      const known = byTerm.get(entry.term) ?? { source, renderings: [] };
      if (!known.renderings.includes(entry.rendering)) known.renderings.push(entry.rendering);
      byTerm.set(entry.term, known);
    }
  }
  return [...byTerm].map(([term, { source, renderings }]) => ({
    key: term,
    kind: 'defined' as const,
    source,
    occurs: (text: string) =>
      source === 'zh'
        ? text.includes(term)
        : new RegExp(`(?<![A-Za-z])${escape(term)}(?![A-Za-z])`).test(text),
    renderings: renderings.map((r) => phraseRendering(r, other(source))),
  }));
}

// "Alibaba Cloud Platform", "Terms of Service", "Product-Specific Terms": English drafting
// capitalises its terms, so a capitalised phrase of two words or more is one (a sentence's first
// word and company names are not).
const capitalised = /\b[A-Z][A-Za-z]*(?:(?: of| and| for)? [A-Z][A-Za-z]*|-[A-Z][A-Za-z]*)+\b/g;
const leading =
  /^(?:A|An|The|This|These|Those|Such|Any|All|Our|Your|If|Where|When|In|For|Unless|Each|No|Although|Both|You and) /;
const companyName = /\b(?:Limited|LLC|LLP|Ltd|Inc|Bhd|Sdn|Pte|Co|Republic)\b/;
const minUnits = 3;

/** The capitalised phrases of English texts that recur in `minUnits` units or more. */
export function capitalisedPhrases(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const found = new Set<string>();
    for (let match of text.match(capitalised) ?? []) {
      while (leading.test(match)) match = match.replace(leading, '');
      if (/[ -]/.test(match) && !companyName.test(match)) found.add(match);
    }
    for (const phrase of found) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= minUnits).map(([phrase]) => phrase);
}

/**
 * Recurring capitalised phrases as terms, with the rendering the corpus attests for each
 * (term-association.ts). Where the official text is English, the phrase is the term and its
 * Chinese rendering is learned; where it is Chinese, the phrase is the translator's rendering and
 * the Chinese term it renders is learned ("Terms of Service" ← 服务条款). Terms the termbase
 * already has (as a term or as a rendering) are left to it.
 */
export function capitalisedTerms(
  units: TermUnit[],
  known: (term: string, rendering: string, source: Language) => boolean,
): SourceTerm[] {
  const out: SourceTerm[] = [];
  for (const source of ['en', 'zh'] as const) {
    const target = other(source);
    const own = units.filter((u) => u.source === source);
    const grams = own.map((u) => ngrams(u.text.zh, 'zh'));
    const counts = gramCounts(grams);
    for (const phrase of capitalisedPhrases(own.map((u) => u.text.en))) {
      const pattern = new RegExp(`\\b${escape(phrase)}\\b`);
      const hits = own.flatMap((u, i) => (pattern.test(u.text.en) ? [i] : []));
      const zh = bestAssociate(hits, grams, counts);
      if (!zh) continue;
      const term = source === 'en' ? phrase : zh;
      if (
        known(term, source === 'en' ? zh : phrase, source) ||
        out.some((t) => t.source === source && t.key === term)
      )
        continue;
      out.push({
        key: term,
        kind: 'capitalised',
        source,
        occurs: source === 'en' ? (text) => pattern.test(text) : (text) => text.includes(zh),
        renderings: [phraseRendering(source === 'en' ? zh : phrase, target)],
      });
    }
  }
  return out;
}

/**
 * The source terms whose renderings are compared: every termbase term, every defined term, and
 * the recurring capitalised phrases the two give no rendering for.
 */
export function sourceTerms(
  termbase: Termbase,
  units: TermUnit[],
  sourceOf: Map<string, Language>,
): SourceTerm[] {
  const fromTermbase = termbaseTerms(termbase);
  const defined = definedTerms(termbase, sourceOf);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const known = (term: string, rendering: string, source: Language) =>
    defined.some(
      (d) => d.source === source && (same(d.key, term) || d.renderings.some((r) => same(r.label, rendering))),
    ) ||
    termbase.terms.some(
      (t) =>
        (!t.from || t.from === source) &&
        (firstForm(term, t[source], source) !== null ||
          t[other(source)].some((form) => same(form, rendering))),
    );
  return [...fromTermbase, ...defined, ...capitalisedTerms(units, known)];
}
