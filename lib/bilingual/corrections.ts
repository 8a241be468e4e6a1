import type { Agreement } from '../pipeline/types';
import type { Language } from '../pipeline/types';
import type { Pair } from './check-terms';

/** One substantive correction of a reference translation, as its changelog lists it. */
export interface TranslationCorrection {
  slug: string;
  /** The translation's language: the column the correction is in. */
  language: Language;
  /** The clause id, "clause-2.6.p2", and its ref without "clause-". */
  id: string;
  clause: string;
  before: string;
  after: string;
  why: string;
  /** When it was made, as written in the changelog: "2026-11-30". */
  date: string;
}

/**
 * The changelog of corrections of an agreement's reference translation (the `corrections` of its
 * front matter), for the translation-review view: clause, before, after, why.
 */
export function translationCorrections(agreement: Agreement): TranslationCorrection[] {
  return Object.values(agreement.texts).flatMap((text) =>
    !text || text.meta.status === 'official'
      ? []
      : (text.meta.corrections ?? []).map((entry) => ({
          slug: agreement.slug,
          language: text.language,
          id: `clause-${entry.clause}`,
          ...entry,
        })),
  );
}

/**
 * Keeps the changelog true: each correction names a clause the agreement has, and its `after`
 * wording is in that clause's translation. "correction: after wording not in the clause".
 */
export function checkCorrections(agreement: Agreement, pairs: Pair[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const correction of translationCorrections(agreement)) {
    const pair = pairs.find((p) => p.ref === correction.clause);
    const text = pair?.text[correction.language].replace(/\s+/g, '');
    if (text?.includes(correction.after.replace(/\s+/g, ''))) continue;
    const finding = pair ? 'correction: after wording not in the clause' : 'correction: no such clause pair';
    out.set(correction.clause, [...(out.get(correction.clause) ?? []), finding]);
  }
  return out;
}
