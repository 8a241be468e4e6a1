import { readNumber, type Numbered } from './numbering';
import { plainOf } from './units';
import type { Flag, Unit } from './types';

/**
 * Rebuilds an agreement's outline from its clause numbers: sections from their numbers or from
 * the clauses under them (a heading flattened to "1." above clauses 2.1… is section 2), parts
 * where numbering restarts or a known part title stands ("专用服务条款", "Europe Addendum"),
 * clauses numbered per section ("1." under section 2 is 2.1), run-together clauses split, and
 * duplicate or skipped numbers flagged for a person. Every change of printed text is a
 * `Change` the writer turns into a `replaced` repair.
 */

export type BlockKind = 'part' | 'section' | 'clause' | 'ordered' | 'item' | 'paragraph';

export interface OutBlock {
  kind: BlockKind;
  /** Markdown as written in the draft, without the heading or list marker. */
  text: string;
  units: Unit[];
  /** Clause ref this block gets (without "clause-"), when it has a number. */
  ref?: string;
  /** Item nesting: 0 for "(a)", 1 for "(i)" under it. */
  depth?: number;
  /** The ordered item ("1." in an addendum) an item belongs to. */
  inOrdered?: boolean;
}

export interface Change {
  unit: Unit;
  from: string;
  to: string;
  ref: string;
  note: string;
}

export interface Structure {
  parts: { id: string; title?: string }[];
  blocks: OutBlock[];
  changes: Change[];
  splits: { ref: string; count: number }[];
  flags: Flag[];
  restructured: boolean;
}

const knownParts: [RegExp, string][] = [
  [/^提示条款$/, 'preamble'],
  [/^通用服务条款$/, 'main'],
  [/^专用服务条款$/, 'specific'],
  [/GDPR Addendum/i, 'gdpr-addendum'],
  [/Europe Addendum/i, 'eu-addendum'],
  [/Australia Addendum/i, 'au-addendum'],
  [/Marketplace .*Supplemental/i, 'marketplace'],
];
const sentenceEnd = /[。；;.!?！？]$/;

export function buildStructure(units: Unit[]): Structure {
  return new StructureBuilder(units).build();
}

class StructureBuilder {
  private readonly s: Structure = {
    parts: [],
    blocks: [],
    changes: [],
    splits: [],
    flags: [],
    restructured: false,
  };
  private section = 0;
  private readonly seen = new Set<string>();
  private readonly lastChild = new Map<string, number>();
  private lastClause: OutBlock | null = null;
  private numbers: Numbered[] = [];
  private headingSections = false;

  constructor(private readonly units: Unit[]) {}

  build(): Structure {
    this.numbers = this.units.map((unit) => readNumber(unit.plain));
    this.units.forEach((unit, i) => this.visit(unit, i));
    return this.s;
  }

  private get partId(): string {
    return this.s.parts.at(-1)?.id ?? 'main';
  }

  private prefixed(ref: string): string {
    return this.partId === 'main' ? ref : `${this.partId}.${ref}`;
  }

  private flag(unit: Unit, problem: string) {
    this.s.flags.push({ line: unit.line, problem });
  }

  private visit(unit: Unit, i: number) {
    const numbered = this.numbers[i];
    if (numbered.kind === 'clause') return this.clause(unit, numbered.number, numbered.rest);
    if (numbered.kind === 'item') return this.item(unit, numbered.label);
    if (numbered.kind === 'section' && this.isSection(unit, numbered))
      return this.sectionHeading(unit, numbered, i);
    if (numbered.kind === 'section') return this.numberedParagraph(unit, numbered);
    if (unit.heading > 0) return this.unnumberedHeading(unit, i);
    return this.paragraph(unit);
  }

  /** "1. Charge of Services" is a heading; "1. For the purposes of …" is a numbered clause. */
  private isSection(unit: Unit, numbered: Extract<Numbered, { kind: 'section' }>): boolean {
    if (unit.heading > 0) return true;
    // Where sections are headings, a numbered line under one is a clause ("1. death or …").
    if (this.headingSections) return false;
    if (numbered.style !== 'arabic') return numbered.rest.length <= 80 && !sentenceEnd.test(numbered.rest);
    return numbered.rest.length <= 60 && !sentenceEnd.test(numbered.rest) && !this.inOrderedPart();
  }

  private inOrderedPart(): boolean {
    return this.section === 0 && this.s.blocks.some((b) => b.kind === 'ordered' && this.isInCurrentPart(b));
  }

  private isInCurrentPart(block: OutBlock): boolean {
    const start = this.s.blocks.findLastIndex((b) => b.kind === 'part');
    return this.s.blocks.indexOf(block) > start;
  }

  /** The first clause number under a section heading, before the next heading. */
  private firstClauseAfter(i: number): number | null {
    for (let k = i + 1; k < this.units.length; k++) {
      const n = this.numbers[k];
      if (n.kind === 'clause') return Number(n.number.split('.')[0]);
      if (this.units[k].heading > 0 || (n.kind === 'section' && this.isSection(this.units[k], n)))
        return null;
    }
    return null;
  }

  /** Numbered text after an untitled preamble starts the untitled main part. */
  private ensureNumberedPart() {
    const part = this.s.parts.at(-1);
    if (!part || part.id === 'preamble') this.s.parts.push({ id: 'main' });
  }

  private sectionHeading(unit: Unit, numbered: Extract<Numbered, { kind: 'section' }>, i: number) {
    this.ensureNumberedPart();
    const under = this.firstClauseAfter(i);
    let number = under ?? numbered.number;
    if (number === 1 && this.section >= 1 && under === null && numbered.number === 1)
      number = this.section + 1;
    if (number === 1 && this.section >= 1) this.startPart(unit, undefined);
    else if (number !== this.section + 1) {
      this.flag(
        unit,
        `section ${number} follows section ${this.section}: a skipped or repeated section number; check the source`,
      );
    }
    if (under !== null && under !== numbered.number) {
      this.flag(
        unit,
        `the heading is numbered ${numbered.printed} but the clauses under it are ${under}.x; renumbered ${under} (a replaced repair) — check`,
      );
    }
    const renumbered = number !== numbered.number || numbered.style !== 'arabic';
    const written = (text: string) => renumber(text, numbered.printed, number);
    if (renumbered) {
      this.s.changes.push({
        unit,
        from: unit.plain,
        to: written(unit.plain),
        ref: this.prefixed(String(number)),
        note:
          numbered.style === 'arabic'
            ? `The section heading "${numbered.rest}" is numbered ${numbered.printed} in the source; its real number, ${number}, follows from the clauses under it.`
            : `The section number ${numbered.printed} is written as the arabic ${number}., which the clause ids use.`,
      });
    }
    if (unit.heading !== 2) this.s.restructured = true;
    if (unit.heading > 0) this.headingSections = true;
    this.section = number;
    this.lastChild.clear();
    const text = renumbered ? written(unit.raw) : unit.raw;
    this.push({ kind: 'section', text, units: [unit], ref: this.prefixed(String(number)) });
  }

  private startPart(unit: Unit, title: string | undefined, index = -1) {
    const known = title ? knownParts.find(([re]) => re.test(title))?.[1] : undefined;
    const taken = new Set(this.s.parts.map((p) => p.id));
    // A first heading over unnumbered text ("PLEASE READ THESE TERMS …") heads the preamble.
    const first =
      this.s.parts.length === 0 && !!title && readNumber(this.units[index + 1]?.plain ?? '').kind === 'none';
    let id = known ?? (first ? 'preamble' : taken.has('main') || this.section > 0 ? slug(title) : 'main');
    if (taken.has(id)) id = `${id}-${this.s.parts.length + 1}`;
    if (!title && this.s.parts.length > 0) {
      this.flag(
        unit,
        'numbering restarts at 1 here without a part heading; add a "# <title>" heading for the new part and list it in parts',
      );
    }
    this.s.parts.push({ id, ...(title ? { title } : {}) });
    if (title) this.push({ kind: 'part', text: title, units: [unit] });
    this.section = 0;
    this.lastClause = null;
    this.lastChild.clear();
  }

  private unnumberedHeading(unit: Unit, i: number) {
    const title = unit.plain;
    const under = this.firstClauseAfter(i);
    const known = knownParts.some(([re]) => re.test(title));
    if (!known && under !== null && under === this.section + 1) {
      // "Services" over clauses 1.1…: the section's number is printed only in its clauses.
      const text = `${under}. ${unit.raw}`;
      this.s.changes.push({
        unit,
        from: unit.raw,
        to: text,
        ref: this.prefixed(String(under)),
        note: `The section heading "${title}" has no printed number; ${under} follows from the clauses under it.`,
      });
      this.section = under;
      this.lastChild.clear();
      this.push({ kind: 'section', text, units: [unit], ref: this.prefixed(String(under)) });
      return;
    }
    if (!known && this.s.parts.length > 0 && this.section > 0 && under === null && !this.restartsAfter(i)) {
      return this.paragraph(unit);
    }
    this.startPart(unit, title, i);
  }

  private restartsAfter(i: number): boolean {
    const n = this.numbers[i + 1];
    return (
      !!n && ((n.kind === 'section' && n.number === 1) || (n.kind === 'clause' && n.number.startsWith('1.')))
    );
  }

  private clause(unit: Unit, number: string, rest: string) {
    this.ensureNumberedPart();
    const segments = number.split('.');
    if (this.section > 0 && Number(segments[0]) !== this.section) {
      this.flag(
        unit,
        `clause ${number} is under section ${this.section}; check the section heading or the clause number`,
      );
    }
    const parent = segments.slice(0, -1).join('.');
    let last = Number(segments.at(-1));
    let written = number;
    const previous = this.lastChild.get(parent);
    if (this.seen.has(this.prefixed(number))) {
      last = (previous ?? last) + 1;
      written = `${parent}.${last}`;
      this.flag(
        unit,
        `clause number ${number} is used twice; the second is written ${written} (a replaced repair) — decide whether that is right`,
      );
      this.s.changes.push({
        unit,
        from: number,
        to: written,
        ref: this.prefixed(written),
        note: `The source prints this clause as ${number}, a second clause with that number. It is renumbered ${written} so that each clause has its own link; its text is unchanged.`,
      });
    } else if (previous !== undefined && last > previous + 1) {
      this.flag(
        unit,
        `clause ${number} follows ${parent}.${previous}: a number is skipped; check the source (record a defect if it skips)`,
      );
    }
    if (segments.length > 2 && !this.seen.has(this.prefixed(parent))) {
      this.flag(unit, `clause ${number} has no clause ${parent} before it; check the source`);
    }
    this.lastChild.set(parent, last);
    if (unit.heading > 0) this.s.restructured = true;
    const text = written === number ? unit.raw : unit.raw.replace(number, written);
    for (const piece of this.splitRunTogether(unit, written, text, rest)) {
      this.seen.add(this.prefixed(piece.ref));
      const block: OutBlock = {
        kind: 'clause',
        text: piece.text,
        units: [unit],
        ref: this.prefixed(piece.ref),
      };
      this.push(block);
      this.lastClause = block;
    }
  }

  /** "5.4 … ：5.4.1 …；5.4.2 …": the sub-clauses run together in one paragraph are cut apart. */
  private splitRunTogether(unit: Unit, number: string, text: string, rest: string) {
    const pieces = [{ ref: number, text }];
    if (!rest) return pieces;
    for (let k = 1; ; k++) {
      const child = `${number}.${k}`;
      const current = pieces.at(-1)!;
      const at = current.text.search(
        new RegExp(`(?<=[。；;：:.])\\s*(?:\\*\\*)?${child.replace(/\./g, '\\.')}(?![\\d.]\\d)`),
      );
      if (at <= 0) break;
      pieces[pieces.length - 1] = { ...current, text: current.text.slice(0, at).trim() };
      pieces.push({ ref: child, text: current.text.slice(at).trim() });
      this.seen.add(this.prefixed(child));
    }
    if (pieces.length > 1) this.s.splits.push({ ref: this.prefixed(number), count: pieces.length - 1 });
    return pieces;
  }

  /** A single number on a long paragraph: an addendum item, or a clause numbered per section. */
  private numberedParagraph(unit: Unit, numbered: Extract<Numbered, { kind: 'section' }>) {
    if (this.section === 0) {
      this.ensureNumberedPart();
      const written = /^\d+\.\s/.test(unit.raw) ? unit.raw : `${numbered.number}. ${numbered.rest}`;
      const block: OutBlock = {
        kind: 'ordered',
        text: written,
        units: [unit],
        ref: this.prefixed(String(numbered.number)),
      };
      if (numbered.style !== 'arabic' || !/^\d+\.\s/.test(unit.plain)) {
        this.s.changes.push({
          unit,
          from: numbered.printed,
          to: `${numbered.number}.`,
          ref: block.ref!,
          note: `The number ${numbered.printed} is written ${numbered.number}.`,
        });
      }
      this.push(block);
      this.lastClause = block;
      return;
    }
    const number = `${this.section}.${numbered.number}`;
    // "**No limitation**. … for:" then "1. death or …": the list is the paragraph's, not the section's.
    if (
      numbered.number === 1 &&
      unit.listItem &&
      ['paragraph', 'item'].includes(this.s.blocks.at(-1)?.kind ?? '')
    ) {
      this.flag(
        unit,
        `a numbered list in section ${this.section} is written as its clauses (${number}, …), as the content format has no numbered sub-items; the unnumbered paragraphs and lettered items after the list now belong to its last item: check`,
      );
    }
    this.s.changes.push({
      unit,
      from: numbered.printed,
      to: `${number}`,
      ref: this.prefixed(number),
      note: `The source numbers the clauses of each section from 1; clause ${numbered.printed} of section ${this.section} is written ${number}, the number the clause ids use.`,
    });
    const raw = unit.raw.replace(/^(\**)\s*\d+\\?\./, `$1${number}`);
    this.clause({ ...unit, raw, plain: plainOf(raw) }, number, numbered.rest);
  }

  private item(unit: Unit, label: string) {
    const previous = [...this.s.blocks].reverse().find((b) => b.kind !== 'paragraph');
    const roman = /^[ivx]+$/.test(label);
    // Indented in the source ("  - i. reduce"), or a roman label that does not continue the letters.
    const nested =
      unit.indent > 0 ||
      (roman && previous?.kind === 'item' && previous.depth === 0 && !followsAlpha(previous.text, label));
    const deeper =
      roman && previous?.kind === 'item' && previous.depth === 1 && !followsAlpha(previous.text, label);
    const inOrdered = this.lastClause?.kind === 'ordered';
    const text = unit.raw.replace(/^[-*+]\s+/, '');
    this.push({ kind: 'item', text, units: [unit], depth: nested || deeper ? 1 : 0, inOrdered });
  }

  private paragraph(unit: Unit) {
    if (this.s.parts.length === 0 && this.section === 0) this.s.parts.push({ id: 'preamble' });
    const text = unit.listItem ? unit.raw.replace(/^[-*+]\s+/, '') : unit.raw;
    if (unit.heading > 0 || unit.listItem) this.s.restructured = true;
    this.push({ kind: 'paragraph', text, units: [unit] });
  }

  private push(block: OutBlock) {
    this.s.blocks.push(block);
  }
}

/** "1. Charge" → "2. Charge", "**I.** Account" → "**1.** Account", "第一条 定义" → "1. 定义". */
function renumber(text: string, printed: string, number: number): string {
  const token = printed.replace(/\.$/, '');
  const at = text.indexOf(token);
  if (at < 0) return text;
  const after = text.slice(at + token.length);
  const dotted =
    after.startsWith('.') || after.startsWith('\\.') ? after : `.${/^[\s*]/.test(after) ? '' : ' '}${after}`;
  return `${text.slice(0, at)}${number}${dotted}`;
}

function followsAlpha(previousText: string, label: string): boolean {
  const match = /^\(([a-z])\)/.exec(previousText);
  return !!match && String.fromCharCode(match[1].charCodeAt(0) + 1) === label;
}

function slug(title: string | undefined): string {
  const words = (title ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, 4).join('-') || 'part';
}
