import type { Language, Repair } from '../pipeline/types';
import type { AgreementPage, PageReview, PageText } from './types';

/**
 * The reviewer's report of an agreement, a document of its own
 * (`/{lang}/agreements/{slug}/review`): the translation review in full — what it compared, each
 * check with what it read and found, every acknowledged finding with its reason, the
 * corrections — and the editorial notes on the official text. Cut from the page model of the
 * agreement's default region; the agreement page keeps the totals and links here.
 */
export interface ReviewReport {
  slug: string;
  official: Language;
  languages: Language[];
  texts: Partial<Record<Language, Pick<PageText, 'language' | 'status' | 'title' | 'meta' | 'dates'>>>;
  review: PageReview;
  repairs: Repair[];
  /** The clauses the report names, with their part, so that each is labelled as on the page. */
  clauses: { ref: string; part: string; kind: AgreementPage['parts'][number]['rows'][number]['kind'] }[];
  partTitles: Record<string, Partial<Record<Language, string>>>;
}

/** The report, or null when there is nothing to report: one language and no repairs. */
export function reviewReport(page: AgreementPage): ReviewReport | null {
  const bilingual = page.languages.length > 1;
  if (!bilingual && page.repairs.length === 0) return null;
  const named = new Set([
    ...page.review.acknowledgedFindings.map((finding) => finding.clause),
    ...page.review.corrections.map((correction) => correction.clause),
    ...page.repairs.flatMap((repair) => (repair.clause ? [repair.clause] : [])),
  ]);
  const rows = page.parts.flatMap((part) => part.rows);
  return {
    slug: page.slug,
    official: page.official,
    languages: page.languages,
    texts: Object.fromEntries(
      page.languages.map((language) => {
        const { status, title, meta, dates } = page.texts[language]!;
        return [language, { language, status, title, meta, dates }];
      }),
    ),
    review: page.review,
    repairs: page.repairs,
    clauses: rows.filter((row) => named.has(row.ref)).map(({ ref, part, kind }) => ({ ref, part, kind })),
    partTitles: Object.fromEntries(page.parts.map((part) => [part.id, part.titles])),
  };
}
