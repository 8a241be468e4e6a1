import type { z } from 'zod';
import type { highlightOverrideSchema } from '../content/front-matter';
import type { Language } from '../pipeline/types';
/** The highlight categories, in the order pages list them: a vocabulary, not analysis, so
 * components and islands may import it (the rules that find them are in rules.ts). */
export const tags = ['liability', 'deletion'] as const;
export type Tag = (typeof tags)[number];

/** A per-clause correction from front matter: `{ clause, tag, action, reason }`. */
export type HighlightOverride = z.infer<typeof highlightOverrideSchema>;

/** Why a clause has a tag: the rule, the words it found, and where they are if not in the clause. */
export interface Reason {
  rule: string;
  phrase: string;
  /** Ref of the lead-in the phrase was found in ("10.3" for 10.3.1); absent when in the clause. */
  leadIn?: string;
}

/** The rules' judgement of one language version of a clause. */
export interface LanguageJudgement {
  tags: Tag[];
  why: Partial<Record<Tag, Reason[]>>;
}

/** A front-matter correction as applied: which file gave it, and whether it changed anything. */
export interface AppliedOverride extends Omit<HighlightOverride, 'clause'> {
  file: string;
  /** False when the rules already agree (a stale override the content check may report). */
  effective: boolean;
}

/** The highlight of one row (a clause pair) of the side-by-side view. */
export interface ClauseHighlight {
  id: string;
  ref: string;
  /** The pair's tags: a tag either language's rules give, then the overrides. */
  tags: Tag[];
  languages: Partial<Record<Language, LanguageJudgement>>;
  /** Tags one language's rules give and the other's do not, unless an override settles them. */
  disagreement: Tag[];
  overrides: AppliedOverride[];
  /** Whether the clause is set (mostly) in bold, per language: the Chinese sources bold liability clauses. */
  bold: Partial<Record<Language, boolean>>;
}

export interface AgreementHighlights {
  slug: string;
  /** One per row of the agreement, in order; sections and untagged clauses have no tags. */
  clauses: ClauseHighlight[];
}
