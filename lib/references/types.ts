import type { BlockKind, Language } from '../pipeline/types';

/**
 * Where a piece of text stands, so that "Clause 11.5" in the Europe Addendum can mean main-text
 * clause 11.5, "本条" the clause it stands in and "sub-paragraph (a) above" the sibling item.
 */
export interface ReferenceContext {
  /** The block's part: 'main', 'preamble', 'specific', 'eu-addendum' … */
  part: string;
  /** The block's ref: '2.3.b', 'eu-addendum.3', 'specific.16.1.3'. */
  ref: string;
  kind?: BlockKind;
  /** The agreement the text belongs to: a title naming it is not a reference to another one. */
  slug?: string;
  /** Every ref of the text, when known: picks between candidate targets (an addendum's own 11.7). */
  known?: ReadonlySet<string>;
  /**
   * What "本条" / "this Clause" without a number means: 'section' (default) reads it as the
   * article, as the confidentiality clauses use it ("5.4 本条上述限制条款不适用于…" can only mean
   * section 5, since 5.4 has nothing above it); 'clause' as the numbered clause it stands in.
   */
  thisClause?: 'section' | 'clause';
}

/** One linkable stretch of a clause reference: "Clause 3" and "9" in "Clause 3 and/or 9". */
export interface ReferenceSpan {
  start: number;
  end: number;
  target: string;
}

interface Located {
  /** UTF-16 offsets into the block's plain text (mdast-util-to-string of its content). */
  start: number;
  end: number;
  text: string;
}

/** A reference to clauses of the same agreement, in Row/Block `ref` form ('2.6', '9.1.g', '3'). */
export interface ClauseReference extends Located {
  kind: 'clause';
  targets: string[];
  spans: ReferenceSpan[];
  /** The text adds the target itself: "as a new Clause 9.1(g)", "作为新的第9.1(g)条". */
  declaresNew?: boolean;
}

/** Another agreement named by title: in the library when `slug` is set, else external. */
export interface DocumentReference extends Located {
  kind: 'document';
  document: { title: string; slug?: string };
}

export type Reference = ClauseReference | DocumentReference;

/** The marker a transform leaves on the mdast nodes it makes, for the renderer to style. */
export type ReferenceMark =
  | { kind: 'clause'; targets: string[] }
  | { kind: 'document'; title: string; slug: string }
  | { kind: 'external-document'; title: string }
  | { kind: 'missing-clause'; targets: string[]; declaredNew: boolean }
  | { kind: 'defined-term'; term: string; ref: string };

declare module 'mdast' {
  interface Data {
    reference?: ReferenceMark;
  }
}

export type { Language };
