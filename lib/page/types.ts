import type { TranslationCorrection } from '../bilingual/corrections';
import type { CheckCoverage, ReviewCoverage } from '../bilingual/review-coverage';
import type { Finding, ReviewCheck } from '../bilingual/types';
import type { ProductTimeline } from '../highlights/timeline';
import type { Tag } from '../highlights/types';
import type { GlossaryPair } from '../references/glossary';
import type { RowStatus } from '../regions/apply-effects';
import type { RegionChange } from '../regions/consolidate';
import type { EntityCard } from '../regions/entity-card';
import type { PartyCard } from '../regions/party';
import type { Bilingual, EffectKind } from '../regions/schema';
import type { AgreementKind } from '../content/front-matter';
import type { EditionDate } from '../content/printed-date';
import type { BlockKind, FrontMatter, Language, Repair } from '../pipeline/types';

/**
 * Everything an agreement page shows, for one agreement in one region, as plain data: what
 * `agreementPage()` returns and every output renders (the page, and later print, embed, export,
 * search and compare). Clause text is HTML already escaped by `clauseHtml`; everything else is
 * text. No interface strings: labels are the renderer's, from `locales/`.
 */
export interface AgreementPage {
  slug: string;
  /** What the agreement is (front matter `kind`), for grouping; null when the content gives none. */
  kind: AgreementKind | null;
  official: Language;
  /** The language versions that exist, official first. */
  languages: Language[];
  texts: Partial<Record<Language, PageText>>;
  /**
   * How the agreement binds its customers (content/regions.yaml): by billing-address region
   * (`region` is the one shown), through one party for every customer (`party`), or not yet
   * researched (neither: the page says so, no region is invented).
   */
  scope: 'regions' | 'single-party' | 'not-researched';
  region: PageRegion | null;
  party: PartyCard | null;
  parts: PagePart[];
  /** The translation review: counts, what it compared, per check, and the changelog. */
  review: PageReview;
  /** Repairs of the official text's capture defects, as its front matter lists them. */
  repairs: Repair[];
  highlights: { counts: Record<Tag, number>; clauses: HighlightEntry[] };
  /** Per language: what happens to the service and the data, and when (the printed text's). */
  timelines: Partial<Record<Language, ProductTimeline[]>>;
  /**
   * The defined terms as bilingual pairs (term, counterpart, definitions, where defined), one
   * list per interface language, ordered by the term in that language.
   */
  glossary: Record<Language, GlossaryPair[]>;
}

/**
 * The translation review of the agreement, for a reviewer: how many clause pairs it compared and
 * what in them, each kind of check with what it read and what it found, the acknowledged
 * findings with their reasons, and the changelog of substantive corrections.
 */
export interface PageReview {
  pairs: number;
  findings: number;
  acknowledged: number;
  compared: Omit<ReviewCoverage, 'checks'>;
  /** Every kind of check run, in the order they run, also those that found nothing. */
  checks: { check: ReviewCheck; compared: CheckCoverage; findings: number; acknowledged: number }[];
  /**
   * Each acknowledged finding, in clause order: clause, check, the finding's text and why it
   * stays; `inView` false when this region's view lacks the clause (no link to it).
   */
  acknowledgedFindings: {
    id: string;
    clause: string;
    check: ReviewCheck;
    text: string;
    reason: string;
    inView: boolean;
  }[];
  corrections: TranslationCorrection[];
}

/** One language version's front matter and outline. */
export interface PageText {
  language: Language;
  status: FrontMatter['status'];
  title: string;
  meta: Pick<FrontMatter, 'version' | 'effective' | 'updated'>;
  /**
   * The edition's dates, version first, each as printed and as an ISO date ("2020-04-02",
   * "2019-10"): the page formats them once per interface language (lib/format.ts `formatDate`).
   */
  dates: EditionDate[];
  /** The product the terms are for, as a reader knows it: "Mini Program Cloud", "小程序云". */
  product?: string;
  /** The document the agreement was published in: "阿里云 小程序云 服务条款". */
  publication?: string;
  /** Parts with their printed titles, and the section headings as text, for the contents. */
  contents: { id: string; title: string | null; sections: { id: string; text: string }[] }[];
}

export interface PageRegion {
  key: string;
  isDefault: boolean;
  /** Every region that applies, in regions.yaml order; `path` is "" for the default region. */
  options: { key: string; name: Bilingual; path: string }[];
  card: EntityCard;
  addenda: string[];
  changes: RegionChange[];
  /**
   * Clauses this region's text lacks that another region's has, with those regions: a link to
   * `#clause-9.1.g` on the International page can say the clause is in the Europe view.
   */
  elsewhere: Record<string, string[]>;
}

export interface PagePart {
  id: string;
  titles: Partial<Record<Language, string>>;
  rows: PageRow[];
}

/** One clause id, both languages, as it binds the region. */
export interface PageRow {
  id: string;
  ref: string;
  part: string;
  kind: BlockKind;
  depth: number;
  /** Clause HTML per language; a language the row lacks is absent. */
  cells: Partial<Record<Language, string>>;
  region: RowRegion;
  tags: Tag[];
  marks: HighlightMark[];
  /** The editors' notes (repairs) on this clause. */
  notes: string[];
  findings: Finding[];
  /** Substantive corrections of this clause's reference translation (the changelog). */
  corrections: TranslationCorrection[];
  /** Refs of the clauses that cite this one, in either language, in text order. */
  citing: string[];
  /** The row's height estimate while it is skipped (content-visibility), in lines. */
  lines: { narrow: number; wide: number; desk: number };
}

/** How a region's addenda change a row: status, the items that cause it, texts beside it. */
export interface RowRegion {
  status: RowStatus;
  marks: { kind: EffectKind; item: string; itemId: string }[];
  condition?: Bilingual;
  /** conditional: the text that applies instead when `condition` holds. */
  replacement?: Partial<Record<Language, string>>;
  /** replaced, modified: the rows as printed. */
  original?: { id: string; cells: Partial<Record<Language, string>> }[];
}

/** Why a clause carries one highlight tag. */
export interface HighlightMark {
  tag: Tag;
  /** The words that caused it, each once, Chinese first. */
  phrases: { language: Language; phrase: string }[];
  /** An editors' override that added the tag, with its reason. */
  override?: string;
  /** Only this language's rules give the tag (a reviewer's finding). */
  onlyIn?: Language;
}

/** A highlighted clause, for the list beside the legend. */
export interface HighlightEntry {
  id: string;
  ref: string;
  tags: Tag[];
  /** The clause's first words, per language. */
  start: Partial<Record<Language, string>>;
}
