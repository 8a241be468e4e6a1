import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ContentError, ContentErrors } from '../content/content-error';
import type { FrontMatter } from '../content/front-matter';
import { plainText } from '../content/plain-text';
import { blockId } from './clause-id';
import type { Block, BlockKind, Part } from './types';

export interface ClauseTreeOptions {
  file: string;
  /** Line of the file on which the Markdown body starts, so errors name file lines. */
  bodyLine: number;
  meta: FrontMatter;
  /** The Markdown body the tree was parsed from, to read list numbers as written. */
  body?: string;
}

// "3.1.5. …", "7.2.2 Due to", "**3.1.**服务费用", "1.1.1如果您": at least one dot inside.
const clauseNumber = /^(\d+(?:\.\d+)+)\.?\s*/;
// "1. Description of Services", "10 附则", "1. 【日志服务】"
const sectionNumber = /^(\d+)\.?\s*/;
// "1. Minimum Age." (written "1\. Minimum Age." so that Markdown does not make it a list)
const bareNumber = /^(\d+)\.\s/;
// "(a) …", "(iv) …", "i. reduce …"
const itemLabel = /^(?:\((?<paren>[a-z]{1,4})\)|(?<dot>[a-z]{1,4})\.)\s+/;

/**
 * Walks the Markdown of one agreement and cuts it into parts and blocks with stable ids, as
 * content/README.md describes: `#` parts, `##` sections, numbered paragraphs, labelled list
 * items, and unnumbered paragraphs counted after the clause they follow. Works on the Markdown
 * tree (mdast) because the ids come from block structure, before any inline transform runs.
 */
export function buildClauseTree(tree: Root, options: ClauseTreeOptions): Part[] {
  return new ClauseTreeBuilder(options).build(tree);
}

class ClauseTreeBuilder {
  private readonly parts: Part[] = [];
  private partIndex = -1;
  private section: Block | null = null;
  private lastClause: Block | null = null;
  private readonly byRef = new Map<string, Block>();
  private readonly paragraphCounts = new Map<string, number>();
  private unnumberedPart = false;
  /** Problems found so far; parsing goes on after each, as far as the rest can be read. */
  private readonly errors: ContentError[] = [];
  /** The last clause number under each parent, to report clauses out of printed order. */
  private readonly lastChild = new Map<string, { number: number; label: string }>();
  private reportedSection: Block | null = null;

  constructor(private readonly options: ClauseTreeOptions) {}

  build(tree: Root): Part[] {
    const { parts } = this.options.meta;
    if (!parts[0].title) this.enterPart(0, tree.children, 0);
    // A problem in one top-level block (a heading, a paragraph, a list) skips that block only.
    tree.children.forEach((node, index) => {
      try {
        this.visit(node, tree.children, index);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        this.errors.push(error);
      }
    });
    const missing = parts.slice(this.parts.length).map((p) => p.id);
    if (missing.length)
      this.report(
        1,
        `parts ${missing.join(', ')} are listed in the front matter but not found in the body; add a "# <title>" heading for each, or remove them from parts`,
      );
    if (this.errors.length > 0) throw new ContentErrors(this.errors);
    return this.parts;
  }

  private get part(): Part {
    if (!this.parts[this.partIndex]) this.fail(1, 'text before the first part heading');
    return this.parts[this.partIndex];
  }

  private visit(node: RootContent, siblings: RootContent[], index: number) {
    const line = this.lineOf(node);
    switch (node.type) {
      case 'heading':
        return this.heading(node, siblings, index);
      case 'paragraph':
        if (!this.parts[this.partIndex]) this.fail(line, 'text before the first part heading');
        return this.paragraph(node, null);
      case 'list':
        return this.list(node, null);
      case 'thematicBreak':
      case 'definition':
        return;
      case 'html':
        return this.fail(
          line,
          `raw HTML is not allowed in content ("${node.value.slice(0, 40)}"); write it as text`,
        );
      default:
        return this.fail(
          line,
          `a ${node.type} is not part of the content format; use headings, paragraphs and lists`,
        );
    }
  }

  private heading(node: Heading, siblings: RootContent[], index: number) {
    const line = this.lineOf(node);
    const text = toString(node).trim();
    const { parts } = this.options.meta;
    if (node.depth === 1) {
      const next = parts[this.partIndex + 1];
      if (!next)
        this.fail(
          line,
          `part heading "${text}" but the front matter lists no further part; add it to parts, or make the heading a ## section`,
        );
      if (!next.title)
        this.report(
          line,
          `part heading "${text}" but the next part, ${next.id}, has no title in the front matter; give it title: ${text}`,
        );
      else if (plainText(next.title) !== plainText(text)) {
        this.report(
          line,
          `part heading "${text}" does not match the title of part ${next.id} ("${next.title}"); make the two the same`,
        );
      }
      return this.enterPart(this.partIndex + 1, siblings, index + 1);
    }
    if (node.depth !== 2) {
      this.report(
        line,
        `heading level ${node.depth}: use # for parts and ## for sections; numbered sub-headings are clause paragraphs (write "${text.slice(0, 30)}" without the #s)`,
      );
      const numbered = clauseNumber.exec(text);
      if (numbered) return this.clause(node.children, numbered[1], line);
      if (!sectionNumber.test(text)) return;
    }
    const next = parts[this.partIndex + 1];
    if (next && !next.title && next.id === 'main') this.enterPart(this.partIndex + 1, siblings, index);
    const match = sectionNumber.exec(text);
    if (!match)
      this.fail(
        line,
        `section heading "${text}" does not start with its number, e.g. "## 3. Member Responsibilities"${romanHint(text)}`,
      );
    const number = match[1];
    const expected = this.section ? Number(this.section.label) + 1 : 1;
    if (Number(number) !== expected)
      this.report(
        line,
        `section ${number} follows ${this.section?.label ?? 'the part heading'}: expected ${expected}; if the source misnumbers it, write ${expected} and list a replaced repair, or keep the source's order`,
      );
    this.section = this.add('section', number, number, null, node.children, line, 0);
    this.lastClause = this.section;
  }

  private enterPart(index: number, siblings: RootContent[], from: number) {
    const meta = this.options.meta.parts[index];
    this.partIndex = index;
    this.parts.push({ id: meta.id, title: meta.title ?? null, blocks: [] });
    this.section = null;
    this.lastClause = null;
    // A part followed by an untitled part ends at the first section heading; others at the next "#".
    const next = this.options.meta.parts[index + 1];
    this.unnumberedPart = !hasPrintedNumbers(siblings.slice(from), next !== undefined && !next.title);
  }

  private paragraph(node: Paragraph, container: Block | null) {
    const line = this.lineOf(node);
    const text = toString(node).trim();
    this.checkEmphasis(node);
    const numbered = clauseNumber.exec(text);
    if (numbered && !container) return this.clause(node.children, numbered[1], line);
    const bare = bareNumber.exec(text);
    if (bare && !container) {
      this.report(
        line,
        this.section
          ? `this paragraph starts with "${bare[1]}." but is not read as a clause: a clause number inside a section has an inner dot ("${this.section.label}.${bare[1]}"); if it is a section heading, write "## ${bare[1]}. …"; if the source numbers it this way, write it as a section or keep the number inside the text ("Clause ${bare[1]}: …")`
          : `this paragraph starts with "${bare[1]}." but is not read as a clause: in a part without sections, numbered clauses are an ordered list ("${bare[1]}. …" without the backslash); otherwise start a section with "## ${bare[1]}. …"`,
      );
    }
    if (numbered && container?.kind === 'clause' && container.parent === null) {
      // A clause quoted inside an addendum item: "4. The following clauses shall be added: 11.6 …"
      const block = this.add(
        'clause',
        numbered[1],
        numbered[1],
        container.id,
        node.children,
        line,
        container.depth + 1,
      );
      this.lastClause = block;
      return;
    }
    const owner = container ?? this.lastClause;
    if (this.unnumberedPart && !container) {
      const n = this.nextParagraph(this.part.id, 1);
      return this.add('paragraph', String(n), null, null, node.children, line, 0);
    }
    const key = owner ? owner.ref : `${this.part.id}.`;
    const first = owner && owner.kind !== 'section' ? 2 : 1;
    const n = this.nextParagraph(key, first);
    const ref = owner ? `${owner.ref}.p${n}` : this.prefixed(`p${n}`);
    this.add(
      'paragraph',
      ref,
      null,
      owner?.id ?? null,
      node.children,
      line,
      owner ? owner.depth + (owner.kind === 'section' ? 1 : 0) : 0,
      true,
    );
  }

  private clause(content: PhrasingContent[], number: string, line: number) {
    const segments = number.split('.');
    if (this.section && segments[0] !== this.section.label && this.reportedSection !== this.section) {
      // Once per section: a misnumbered heading ("1." flattened) would otherwise blame every clause.
      this.reportedSection = this.section;
      this.report(
        line,
        `clause ${number} is under section ${this.section.label} (line ${this.section.line}); its number must start with ${this.section.label}. — if the section heading is misnumbered in the source, renumber it (a replaced repair); otherwise move the clause`,
      );
    }
    const parentNumber = segments.slice(0, -1).join('.');
    const parent = this.byRef.get(this.prefixed(parentNumber));
    if (segments.length > 2 && !parent)
      this.fail(
        line,
        `clause ${number} has no clause ${parentNumber} before it; check the number against the source, or add the missing clause`,
      );
    this.checkOrder(this.prefixed(parentNumber), number, line);
    const block = this.add(
      'clause',
      number,
      number,
      parent?.id ?? this.section?.id ?? null,
      content,
      line,
      segments.length - 1,
    );
    this.lastClause = block;
  }

  /** "1.3" after "1.4" under the same parent is out of printed order. */
  private checkOrder(parentKey: string, number: string, line: number) {
    const last = Number(number.split('.').at(-1));
    const previous = this.lastChild.get(parentKey);
    this.lastChild.set(parentKey, { number: last, label: number });
    if (previous && last <= previous.number && !this.byRef.has(this.prefixed(number))) {
      this.report(
        line,
        `clause ${number} comes after clause ${previous.label}: clauses must be in their printed order; move it after the clause it follows in the source`,
      );
    }
  }

  /**
   * "**Outputs.**You own …": CommonMark does not close a "**" that follows punctuation and
   * precedes a letter, so the markers stay as text and the bold is silently lost.
   */
  private checkEmphasis(node: Paragraph) {
    const stray = findStrayMarker(node.children);
    if (!stray) return;
    this.report(
      this.lineOf(stray),
      `bold opened here is never closed ("${stray.value.trim().slice(0, 40)}"): Markdown does not close "**" between punctuation and a letter ("Outputs.**You"); put a space after the closing "**", move it before the punctuation, or remove both markers`,
    );
  }

  private list(node: List, container: Block | null) {
    const parent = container ?? this.lastClause;
    if (node.ordered) {
      if (this.section || container)
        this.fail(
          this.lineOf(node),
          'a numbered list inside a section: write each clause number as printed in its own paragraph',
        );
      node.children.forEach((item, i) => this.orderedItem(item, (node.start ?? 1) + i));
      return;
    }
    if (!parent) this.fail(this.lineOf(node), 'a list item with no clause before it to belong to');
    for (const item of node.children) this.labelledItem(item, parent);
  }

  private orderedItem(item: ListItem, number: number) {
    // Markdown numbers a list from its first item: "1. …", "3. …" reads as 1 and 2.
    const printed = this.printedNumber(item);
    if (printed !== null && printed !== number)
      this.report(
        this.lineOf(item),
        `item "${printed}." is read as ${number}.: Markdown numbers a list from its first item ("1.", "3." reads as 1, 2), so a skipped or repeated number is lost; write the numbers in sequence, or, to keep the number the source prints, start a new list there ("${printed})" instead of "${printed}.") and record a defect`,
      );
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') this.fail(this.lineOf(item), `item ${number}. must start with its text`);
    const block = this.add(
      'clause',
      String(number),
      `${number}.`,
      null,
      first.children,
      this.lineOf(item),
      0,
    );
    this.lastClause = block;
    this.children(rest, block);
    this.lastClause = block;
  }

  private labelledItem(item: ListItem, parent: Block) {
    const [first, ...rest] = item.children;
    const text = first?.type === 'paragraph' ? toString(first) : '';
    const match = itemLabel.exec(text);
    if (!match || first.type !== 'paragraph') {
      this.fail(
        this.lineOf(item),
        `list item "${text.slice(0, 30)}" does not start with a label like "(a)", "(iv)" or "i."`,
      );
    }
    const label = match.groups?.paren ?? match.groups?.dot ?? '';
    const block = this.add(
      'item',
      `${parent.ref}.${label}`,
      match[0].trim(),
      parent.id,
      first.children,
      this.lineOf(item),
      parent.depth + 1,
      true,
    );
    this.children(rest, block);
  }

  private children(nodes: RootContent[], owner: Block) {
    for (const child of nodes) {
      if (child.type === 'paragraph') this.paragraph(child, owner);
      else if (child.type === 'list') this.list(child, owner);
      else
        this.fail(this.lineOf(child), `a ${child.type} inside a list item is not part of the content format`);
    }
  }

  private nextParagraph(key: string, first: number): number {
    const n = this.paragraphCounts.get(key) ?? first;
    this.paragraphCounts.set(key, n + 1);
    return n;
  }

  private prefixed(ref: string): string {
    return this.part.id === 'main' ? ref : `${this.part.id}.${ref}`;
  }

  private add(
    kind: BlockKind,
    localRef: string,
    label: string | null,
    parent: string | null,
    content: PhrasingContent[],
    line: number,
    depth: number,
    refIsFull = false,
  ): Block {
    const ref = refIsFull ? localRef : this.prefixed(localRef);
    const clash = this.byRef.get(ref);
    if (clash)
      this.fail(
        line,
        `clause id ${blockId(ref)} is used twice (first on line ${clash.line}); clause numbers must be unique: if the source prints the number twice, renumber one (a replaced repair) or record the defect; if a paragraph above should be a clause or section, see the errors before this one`,
      );
    const block: Block = {
      id: blockId(ref),
      ref,
      part: this.part.id,
      kind,
      label,
      depth,
      parent,
      content,
      line,
    };
    this.byRef.set(ref, block);
    this.part.blocks.push(block);
    return block;
  }

  /** The number an ordered list item is written with, read from the Markdown source. */
  private printedNumber(item: ListItem): number | null {
    const offset = item.position?.start.offset;
    if (offset === undefined || this.options.body === undefined) return null;
    const match = /^(\d{1,9})[.)]/.exec(this.options.body.slice(offset, offset + 12));
    return match ? Number(match[1]) : null;
  }

  private lineOf(node: { position?: { start: { line: number } } }): number {
    return (node.position?.start.line ?? 1) + this.options.bodyLine - 1;
  }

  private fail(line: number, problem: string): never {
    throw new ContentError(this.options.file, line, problem);
  }

  private report(line: number, problem: string): void {
    this.errors.push(new ContentError(this.options.file, line, problem));
  }
}

/** A text node that still holds "**" or "__": emphasis the parser did not close. */
function findStrayMarker(nodes: PhrasingContent[]): Text | null {
  for (const node of nodes) {
    if (node.type === 'text' && /\*\*|__/.test(node.value)) return node;
    if ('children' in node) {
      const inner = findStrayMarker(node.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return null;
}

/** "I. Account Registration": a roman section number the format does not read. */
function romanHint(text: string): string {
  const roman = /^([IVXLC]+)\.\s/.exec(text);
  return roman
    ? `; roman numbers are not read: write the section as the arabic number it stands for and list a replaced repair (npm run import does this)`
    : '';
}

/** A part whose text carries no printed numbers at all numbers its paragraphs 1, 2, 3. */
function hasPrintedNumbers(nodes: RootContent[], endsAtAnyHeading: boolean): boolean {
  for (const node of nodes) {
    if (node.type === 'heading' && (node.depth === 1 || endsAtAnyHeading)) return false;
    if (node.type === 'heading' || node.type === 'list') return true;
    if (node.type === 'paragraph' && clauseNumber.test(toString(node).trim())) return true;
  }
  return false;
}
