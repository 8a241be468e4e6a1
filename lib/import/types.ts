import type { Repair } from '../content/front-matter';
import type { Language } from '../pipeline/types';

/** The shapes of captured text the importer reads (content/sources/sources.yaml `shape`). */
export type SourceShape = 'web-page' | 'pdf-text' | 'ota-markdown';

export interface ImportOptions {
  /** The source file name as it will live in content/sources/. */
  source: string;
  slug: string;
  language: Language;
  /** Detected from the text when left out. */
  shape?: SourceShape;
}

/** Something a person must decide: a duplicate or skipped number, an unreadable structure. */
export interface Flag {
  line: number;
  problem: string;
}

/** What the importer found in the front of the source and moved to the front matter. */
export interface DraftMeta {
  title?: string;
  publication?: string;
  version?: string;
  updated?: string;
  effective?: string;
}

/** One non-blank line of the source (or several joined), as the importer reads it. */
export interface Unit {
  /** First source line, 1-based. */
  line: number;
  /** The text as written, without indentation, heading marks or anchors. */
  raw: string;
  /** The text without Markdown emphasis and escapes, for reading numbers. */
  plain: string;
  /** `#` depth of a heading (ATX or setext), 0 for a paragraph. */
  heading: number;
  /** Written as a list item ("- (a) …", "  1. Title"). */
  listItem: boolean;
  /** Columns of indentation before it in the source ("  - i. reduce …": 2). */
  indent: number;
}

export interface ImportResult {
  /** The draft content file: front matter and body. */
  markdown: string;
  shape: SourceShape;
  meta: DraftMeta;
  repairs: Repair[];
  /** Lines removed as chrome, with why: "1-2: page chrome (All Products, Document Center)". */
  removed: string[];
  flags: Flag[];
  parts: { id: string; title?: string }[];
}
