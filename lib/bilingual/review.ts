import type { Agreement } from '../pipeline/types';
import { classifyAgreement } from '../highlights/classify-agreement';
import type { Language } from '../pipeline/types';
import { checkConsistency, type LibraryPair } from './check-consistency';
import { checkCorrections } from './corrections';
import { checkDefinedTerms } from './check-defined-terms';
import { checkExclusions } from './check-exclusions';
import { checkMarkers } from './check-markers';
import { checkOmissions, lengthRatio, median } from './check-omissions';
import { checkTermConsistency, type TermRenderings } from './check-term-consistency';
import { checkTerms, type Pair } from './check-terms';
import { applyRenderingAcknowledgements, type RenderingAcknowledgement } from './rendering-acknowledgements';
import { blockText } from './sentences';
import type { Termbase } from './termbase';
import type { ReviewCheck } from './types';

/** A review finding's text and the check that found it. */
export interface ReviewFinding {
  check: ReviewCheck;
  text: string;
}

/** What the translation-review checks share across a library: the termbase and the findings across agreements. */
export interface ReviewContext {
  termbase: Termbase;
  /** Findings of the sentence consistency check across agreements, by "slug ref". */
  consistency: Map<string, string[]>;
  /** How many clause pairs of how many agreements the check across agreements compared. */
  library: { agreements: number; pairs: number };
  /** Source terms rendered several ways across the library, with the pairs using each rendering. */
  renderings: TermRenderings[];
  /** Their findings, by "slug ref". */
  renderingFindings: Map<string, string[]>;
  /** Reasons of content/review/renderings.yaml, by "slug ref finding". */
  acknowledgedRenderings: Map<string, string>;
  /** Entries of content/review/renderings.yaml that acknowledge nothing any more. */
  staleRenderings: string[];
}

/**
 * Prepares the review of a set of agreements: the checks across agreements (sentence
 * consistency, term renderings) run once over all of them.
 */
export function prepareReview(
  agreements: Agreement[],
  termbase: Termbase,
  renderingAcknowledgements: RenderingAcknowledgement[] = [],
): ReviewContext {
  const pairs: LibraryPair[] = agreements.flatMap((a) =>
    pairsOf(a).map((pair) => ({ ...pair, slug: a.slug })),
  );
  const terms = checkTermConsistency(pairs, termbase);
  const { reasons, stale } = applyRenderingAcknowledgements(terms.groups, renderingAcknowledgements);
  return {
    termbase,
    consistency: checkConsistency(pairs),
    library: { agreements: agreements.length, pairs: pairs.length },
    renderings: terms.groups,
    renderingFindings: terms.findings,
    acknowledgedRenderings: reasons,
    staleRenderings: stale,
  };
}

/** Each clause pair of an agreement, the official side as source; sections and one-sided rows left out. */
export function pairsOf(agreement: Agreement): Pair[] {
  const source = agreement.official.language;
  const target: Language = source === 'en' ? 'zh' : 'en';
  return agreement.rows.flatMap((row) => {
    const { zh, en } = row.blocks;
    if (!zh || !en || row.kind === 'section') return [];
    return [{ ref: row.ref, source, target, text: { zh: blockText(zh), en: blockText(en) } }];
  });
}

/**
 * The translation-review findings of one agreement, by clause ref, in this order: terms of art,
 * defined terms, meaning markers, exclusions (in the clauses the highlighter tags liability),
 * omission signals,
 * consistency of sentences, consistency of term renderings, and the changelog's own check.
 */
export function reviewAgreement(agreement: Agreement, context: ReviewContext): Map<string, ReviewFinding[]> {
  const out = new Map<string, ReviewFinding[]>();
  const add = (ref: string, check: ReviewCheck, texts: string[]) =>
    texts.length && out.set(ref, [...(out.get(ref) ?? []), ...texts.map((text) => ({ check, text }))]);
  const pairs = pairsOf(agreement);
  const tags = new Map(classifyAgreement(agreement).clauses.map((c) => [c.ref, c.tags]));
  const defined = checkDefinedTerms(agreement, pairs, context.termbase);
  const ratio = median(pairs.map(lengthRatio));
  for (const pair of pairs) {
    const tagged = tags.get(pair.ref) ?? [];
    add(pair.ref, 'terms', checkTerms(pair, context.termbase));
    add(pair.ref, 'defined-terms', defined.get(pair.ref) ?? []);
    add(pair.ref, 'markers', checkMarkers(pair));
    if (tagged.includes('liability')) add(pair.ref, 'exclusions', checkExclusions(pair));
    add(pair.ref, 'omissions', checkOmissions(pair, ratio));
    add(pair.ref, 'consistency', context.consistency.get(`${agreement.slug} ${pair.ref}`) ?? []);
    add(pair.ref, 'renderings', context.renderingFindings.get(`${agreement.slug} ${pair.ref}`) ?? []);
  }
  for (const [ref, texts] of defined) if (!pairs.some((p) => p.ref === ref)) add(ref, 'defined-terms', texts);
  for (const [ref, texts] of checkCorrections(agreement, pairs)) add(ref, 'corrections', texts);
  return out;
}
