import { loadLibrary, type Agreement } from '../agreements';
import { checkAgreement, type AgreementCheck } from './check-agreement';
import { translationCorrections, type TranslationCorrection } from './corrections';
import { loadRenderingAcknowledgements } from './rendering-acknowledgements';
import { prepareReview, type ReviewContext } from './review';
import { reviewCoverage, type ReviewCoverage } from './review-coverage';
import { loadTermbase, type Termbase } from './termbase';

/** What the translation-review view of one agreement shows: every finding, and the changelog. */
export interface TranslationReview {
  /** The figures check and the review checks, per clause, each with its acknowledgement if any. */
  check: AgreementCheck;
  /** Substantive corrections of the reference translation: clause, before, after, why, date. */
  corrections: TranslationCorrection[];
  /** What the checks compared: pairs, sentences, figures, references, terms, per check. */
  coverage: ReviewCoverage;
}

let cached: { library: Agreement[]; termbase: Termbase; context: ReviewContext } | null = null;

/**
 * The one call the page model needs for the translation-review view: the same findings
 * `npm run check:bilingual` prints for this agreement (consistency of sentences and of term
 * renderings is checked across the whole library, so the library is read once per process and
 * the review prepared once; renderings acknowledged in content/review/renderings.yaml carry their
 * reason), the changelog of corrections, and what the checks compared.
 */
export function translationReview(
  agreement: Agreement,
  library: Agreement[] = loadLibrary(),
  termbase: Termbase = cached?.termbase ?? loadTermbase(),
): TranslationReview {
  if (!cached || !sameAgreements(cached.library, library) || cached.termbase !== termbase) {
    cached = {
      library,
      termbase,
      context: prepareReview(library, termbase, loadRenderingAcknowledgements()),
    };
  }
  return {
    check: checkAgreement(agreement, cached.context),
    corrections: translationCorrections(agreement),
    coverage: reviewCoverage(agreement, cached.context),
  };
}

// loadLibrary() returns a new array of the same cached agreements on every call.
function sameAgreements(a: Agreement[], b: Agreement[]): boolean {
  return a.length === b.length && a.every((agreement, i) => agreement === b[i]);
}
