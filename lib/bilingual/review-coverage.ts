import { toString } from 'mdast-util-to-string';
import { classifyAgreement } from '../highlights/classify-agreement';
import { findDefinedTerms } from '../references/defined-terms';
import type { Agreement } from '../pipeline/types';
import { extractFigures } from './extract-figures';
import { pairsOf, type ReviewContext } from './review';
import { splitSentences } from './sentences';
import { firstForm } from './termbase';
import type { ReviewCheck } from './types';

/** How much one check compared: a count of a unit ("412 sentences in 60 clauses"). */
export interface CheckCoverage {
  check: ReviewCheck;
  count: number;
  unit: CoverageUnit;
  /** A second count where the first needs one: the clauses the sentences are in, the agreements. */
  within?: { count: number; unit: CoverageUnit };
}

export type CoverageUnit =
  | 'figures'
  | 'rows'
  | 'term-uses'
  | 'defined-terms'
  | 'sentences'
  | 'clauses'
  | 'pairs'
  | 'agreements'
  | 'corrections';

/** What the translation review of one agreement compared, in total and check by check. */
export interface ReviewCoverage {
  /** Rows with both languages: every one is compared for figures. */
  pairs: number;
  /** Sentences of the official text in the clause pairs the review checks read (sections aside). */
  sentences: number;
  /** Figures the official text states (periods, amounts, rates, service hours, references, parties). */
  figures: number;
  /** Of those, clause references. */
  references: number;
  /** Places where the official text uses a term of art of content/termbase.yaml. */
  termUses: number;
  /** Terms the official text defines. */
  definedTerms: number;
  checks: CheckCoverage[];
}

/**
 * What the checks of `checkAgreement` compared for one agreement, counted the way each check
 * reads the text: figures from every row both languages have; terms of art, markers, exclusions
 * and omissions from the clause pairs of `pairsOf` (the official side the source); exclusions
 * only in liability clauses; consistency of sentences and of term renderings across the library. An
 * agreement in one language has nothing to compare: no checks.
 */
export function reviewCoverage(agreement: Agreement, context: ReviewContext): ReviewCoverage {
  if (!agreement.texts.zh || !agreement.texts.en)
    return { pairs: 0, sentences: 0, figures: 0, references: 0, termUses: 0, definedTerms: 0, checks: [] };
  const source = agreement.official.language;
  const both = agreement.rows.filter((row) => row.blocks.zh && row.blocks.en);
  const figures = both.flatMap((row) => {
    const block = row.blocks[source]!;
    return extractFigures(toString({ type: 'paragraph', children: block.content }), source, block.label);
  });
  const pairs = pairsOf(agreement);
  const sentencesOf = (text: string) => splitSentences(text, source).length;
  const tags = new Map(classifyAgreement(agreement).clauses.map((c) => [c.ref, c.tags]));
  const liability = pairs.filter((pair) => tags.get(pair.ref)?.includes('liability'));
  const termUses = pairs.reduce(
    (n, pair) =>
      n +
      context.termbase.terms.filter(
        (term) =>
          (!term.from || term.from === source) &&
          firstForm(pair.text[source], term[source], source, term.except?.[source]),
      ).length,
    0,
  );
  const definedTerms = new Set(findDefinedTerms(agreement.official).map((d) => d.term)).size;
  const corrections = Object.values(agreement.texts).reduce(
    (n, text) => n + (text?.meta.corrections?.length ?? 0),
    0,
  );
  const sentences = pairs.reduce((n, pair) => n + sentencesOf(pair.text[source]), 0);
  return {
    pairs: both.length,
    sentences,
    figures: figures.length,
    references: figures.filter((f) => f.group === 'reference').length,
    termUses,
    definedTerms,
    checks: [
      {
        check: 'figures',
        count: figures.length,
        unit: 'figures',
        within: { count: both.length, unit: 'pairs' },
      },
      { check: 'missing', count: agreement.rows.length, unit: 'rows' },
      { check: 'terms', count: termUses, unit: 'term-uses' },
      { check: 'defined-terms', count: definedTerms, unit: 'defined-terms' },
      {
        check: 'markers',
        count: sentences,
        unit: 'sentences',
        within: { count: pairs.length, unit: 'clauses' },
      },
      { check: 'exclusions', count: liability.length, unit: 'clauses' },
      { check: 'omissions', count: pairs.length, unit: 'clauses' },
      {
        check: 'consistency',
        count: context.library.pairs,
        unit: 'pairs',
        within: { count: context.library.agreements, unit: 'agreements' },
      },
      {
        check: 'renderings',
        count: context.library.pairs,
        unit: 'pairs',
        within: { count: context.library.agreements, unit: 'agreements' },
      },
      { check: 'corrections', count: corrections, unit: 'corrections' },
    ],
  };
}
