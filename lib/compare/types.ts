import type { CardCourts } from '../regions/entity-card';
import type { Bilingual, EffectKind } from '../regions/schema';
import type { BlockKind, FrontMatter, Language } from '../pipeline/types';

/**
 * A comparison of two texts of the same terms, clause by clause, as plain data: what
 * `publicationComparison()` and `regionComparison()` return and the compare pages render. Side
 * `a` is the one the URL names first (left column), `b` the second. Text is plain text (no
 * HTML): the compare pages show wording, not emphasis or links.
 */
export interface Comparison {
  a: ComparedSide;
  b: ComparedSide;
  /** The languages both sides have, official first. */
  languages: Language[];
  /** The clauses in reading order, identical ones and long one-sided stretches grouped to fold. */
  runs: ClauseRun[];
  counts: Record<ClauseStatus, number>;
  /** Regions of one agreement: the entity cards side by side and the addenda in force. */
  card: CardRow[] | null;
  addenda: { a: string[]; b: string[] } | null;
}

export interface ComparedSide {
  slug: string;
  /** The region this side binds; null for a comparison of publications. */
  region: string | null;
  regionName: Bilingual | null;
  official: Language;
  texts: Partial<
    Record<Language, { title: string; meta: Pick<FrontMatter, 'version' | 'effective' | 'updated'> }>
  >;
  /** Part titles as each language prints them, for naming clauses outside the main part. */
  parts: Record<string, Partial<Record<Language, string>>>;
}

/**
 * same: the wording is the same in every language (spacing, paragraph breaks, emphasis and links
 * aside); changed: it differs in at least one; qualified: the same words, but an addendum item
 * qualifies or conditions them on one side only; only-a / only-b: one side has no such clause.
 */
export type ClauseStatus = 'same' | 'changed' | 'qualified' | 'only-a' | 'only-b';
export type Side = 'a' | 'b';

export interface ComparedClause {
  /** The clause's anchor on the compare page. */
  key: string;
  status: ClauseStatus;
  a: ClauseSide | null;
  b: ClauseSide | null;
  /** Per language: each side's text with what only it has marked. */
  texts: Partial<Record<Language, TextDiff>>;
  /** The languages whose wording differs. */
  differsIn: Language[];
  /** The addendum items behind the difference, on the side whose text they change. */
  items: ItemEffect[];
}

/** A clause as one side numbers it: its first row's ref and anchor on the agreement page. */
export interface ClauseSide {
  ref: string;
  part: string;
  kind: BlockKind;
  /** The agreement page's rows this clause covers (a clause with its unnumbered paragraphs). */
  ids: string[];
}

/** One addendum item's effect on a clause, and its words where they are not in the text. */
export interface ItemEffect {
  side: Side;
  item: string;
  itemId: string;
  kind: EffectKind;
  /** annotate, entity, whole-addendum: the item's own words, which qualify the clause. */
  text?: Partial<Record<Language, string>>;
  /** conditional-replace: when it applies, and the text that then applies instead. */
  condition?: Bilingual;
  replacement?: Partial<Record<Language, string>>;
}

export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/**
 * Both sides of one language's text, each as paragraphs of parts: side a's parts are same or
 * removed (only in a), side b's same or added (only in b). Each side's parts, joined, are that
 * side's text exactly, with its own spacing.
 */
export interface TextDiff {
  a: DiffPart[][];
  b: DiffPart[][];
  differs: boolean;
}

/**
 * Consecutive clauses the page shows together: identical ones (`same`) and long stretches only
 * one side has (`only-a`, `only-b`) fold away behind their count; `null` is one clause shown open.
 */
export interface ClauseRun {
  key: string;
  fold: 'same' | 'only-a' | 'only-b' | null;
  clauses: ComparedClause[];
}

/** One line of the entity cards side by side. */
export interface CardRow {
  field:
    | 'party'
    | 'registration'
    | 'address'
    | 'law'
    | 'courts'
    | 'notice'
    | 'conditional-law'
    | 'conditional-courts'
    | 'who';
  a: CardValue | null;
  b: CardValue | null;
  differs: boolean;
}

export interface CardValue extends Bilingual {
  source: string[];
  jurisdiction?: CardCourts['jurisdiction'];
  /** conditional-law, conditional-courts: the item that sets them, and when they apply. */
  item?: string;
  condition?: Bilingual;
}
