import type { Agreement } from '../pipeline/types';
import { ContentError } from '../content/content-error';
import { classifyAgreement } from './classify-agreement';

/**
 * What the content check asks of the front-matter `highlights` corrections: each names a clause
 * that exists and does not contradict the other language file (classifyAgreement throws a
 * ContentError for those), and each still changes something — an override the rules already
 * agree with is stale and should go.
 */
export function checkHighlights(agreement: Agreement): ContentError[] {
  try {
    const highlights = classifyAgreement(agreement);
    return highlights.clauses.flatMap((clause) =>
      clause.overrides
        .filter((override) => !override.effective)
        .map(
          (override) =>
            new ContentError(
              override.file,
              2,
              `highlights: the ${override.action} of ${override.tag} on ${clause.ref} changes nothing (the rules already agree); remove it`,
            ),
        ),
    );
  } catch (error) {
    if (error instanceof ContentError) return [error];
    throw error;
  }
}
