import type { PhrasingContent } from 'mdast';
import type { FrontMatter, Repair } from '../content/front-matter';

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

/** What a block is in the agreement's outline. */
export type BlockKind = 'section' | 'clause' | 'item' | 'paragraph';

/**
 * One addressable unit of an agreement: a section heading, a numbered clause, a lettered
 * sub-item or an unnumbered paragraph. `ref` is the id without "clause-" ("3.2.g.i"); the same
 * ref in both languages is the same clause.
 */
export interface Block {
  id: string;
  ref: string;
  part: string;
  kind: BlockKind;
  /** The number or label as printed: "3.2", "(g)", "i."; null for an unnumbered paragraph. */
  label: string | null;
  /** Outline depth, for indentation: sections 0, "3.1" 1, "3.1.2" 2, items one below their parent. */
  depth: number;
  parent: string | null;
  content: PhrasingContent[];
  /** 1-based line in the content file. */
  line: number;
}

export interface Part {
  id: string;
  title: string | null;
  blocks: Block[];
}

/** One language version of an agreement, parsed. */
export interface AgreementText {
  slug: string;
  language: Language;
  file: string;
  meta: FrontMatter;
  /** The Markdown body as written, and the file line it starts on. */
  body: string;
  bodyLine: number;
  parts: Part[];
  blocks: Block[];
}

/** One clause id with its block in each language that has it: a row of the side-by-side view. */
export interface Row {
  id: string;
  ref: string;
  part: string;
  kind: BlockKind;
  depth: number;
  blocks: Partial<Record<Language, Block>>;
}

/** An agreement with every language version it has, aligned clause by clause. */
export interface Agreement {
  slug: string;
  official: AgreementText;
  texts: Partial<Record<Language, AgreementText>>;
  rows: Row[];
}

export type { FrontMatter, Repair };
