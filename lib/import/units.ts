import { readNumber } from './numbering';
import type { Unit } from './types';

/**
 * The source's lines as units the importer can classify: one per non-blank line, without
 * indentation, heading marks and heading anchors ("{#section_ncl_k4v_yfb .section}"); a setext
 * heading ("Services" over "--------") becomes one heading unit. Then the two repairs of broken
 * paragraphs: a unit that is only a clause number is joined with its text ("5.4.6" / "接受方…"),
 * and a unit that continues a sentence cut by a page break is joined with the one before
 * ("…不向您提供服务" / "和/或技术支持…"). Each join is listed as a `joined` repair.
 */

export const anchorPattern = '\\{#[^}\\n]*\\}';
const anchor = new RegExp(`\\s*${anchorPattern}`, 'g');
const clauseNumber = /^(\d+(?:\.\d+)+)\.?\s*/;

export function plainOf(raw: string): string {
  return raw
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .trim();
}

export function readUnits(
  lines: string[],
  dropped: Set<number>,
): { units: Unit[]; anchors: boolean; mergedBold: boolean } {
  const units: Unit[] = [];
  let anchors = false;
  let mergedBold = false;
  for (let i = 0; i < lines.length; i++) {
    // A thematic break ("---") between blocks is layout, not text (the fidelity check ignores it).
    if (dropped.has(i + 1) || lines[i].trim() === '' || /^\s*([-*_])(?:\s*\1){2,}\s*$/.test(lines[i]))
      continue;
    let raw = lines[i].trim();
    if (anchor.test(raw)) anchors = true;
    raw = raw.replace(anchor, '');
    // "**【审慎阅读】****您在…**": two bold runs that touch are one; the parser cannot close the first.
    if (raw.includes('****')) mergedBold = true;
    raw = raw.replace(/\*\*\*\*/g, '');
    let heading = 0;
    const atx = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (atx) [heading, raw] = [atx[1].length, atx[2]];
    const underline = lines[i + 1]?.trim() ?? '';
    if (!atx && /^(=+|-{3,})$/.test(underline) && !dropped.has(i + 2)) {
      heading = underline.startsWith('=') ? 1 : 2;
      i++;
    }
    // "*   item" (Open Terms Archive), "- (a) …"
    const listItem = /^(?:[-*+]\s+|\d{1,3}\.\s+(?=\S))/.test(raw) && !clauseNumber.test(raw);
    const indent = /^\s*/.exec(lines[i - (heading && !atx ? 1 : 0)])![0].length;
    units.push({
      line: i + 1 - (heading && !atx ? 1 : 0),
      raw,
      plain: plainOf(raw),
      heading,
      listItem,
      indent,
    });
  }
  return { units, anchors, mergedBold };
}

const ends = /[。；;：:.!?！？)）”"』」…]$|\*\*$/;
const startsNumbered =
  /^(?:\d+(?:\.\d+)*\.?\s|\d+(?:\.\d+)+|\(\w{1,4}\)|第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|[IVXLC]+\.\s)/;

/**
 * A numbered clause ending without punctuation, followed by a line starting upper-case, was cut
 * by a page break too ("5.2 … to the Alibaba Cloud" / "Platform (including …"): joined, flagged.
 */
function guessed(previous: Unit, unit: Unit): boolean {
  return (
    /^\d+(?:\.\d+)+/.test(previous.plain) &&
    previous.plain.length > 80 &&
    /[a-z,]$/.test(previous.plain) &&
    /^[A-Z]/.test(unit.plain)
  );
}

/** "一、服务内容", "1. 服务内容": a short numbered title ends without punctuation by nature. */
function isHeadingLike(unit: Unit): boolean {
  const numbered = readNumber(unit.plain);
  return numbered.kind === 'section' && numbered.rest.length <= 60;
}

/** A join the importer made; its clause is known once the structure is read. */
export interface Join {
  unit: Unit;
  note: string;
  /** Upper-case after the cut: a guess a person should confirm. */
  guess: boolean;
  /** Source line of the joined text. */
  line: number;
}

/** Joins split paragraphs in place of the units; returns the joined units and what was joined. */
export function joinBrokenParagraphs(units: Unit[]): { units: Unit[]; joins: Join[] } {
  const out: Unit[] = [];
  const joins: Join[] = [];
  for (const unit of units) {
    const previous = out.at(-1);
    const numberOnly = !!previous && /^(\d+(?:\.\d+)+)\.?$/.test(previous.plain) && !previous.heading;
    // "…currently located at URL:" / "www.alibabacloud.com (and …": a colon before a lower-case word.
    const cut =
      !!previous && (!ends.test(previous.plain) || (/:$/.test(previous.plain) && /^[a-z]/.test(unit.plain)));
    const continues =
      !!previous &&
      cut &&
      !previous.heading &&
      !unit.heading &&
      !unit.listItem &&
      !previous.listItem &&
      !/\*\*$/.test(previous.raw) &&
      !isHeadingLike(previous) &&
      !startsNumbered.test(unit.plain) &&
      (/^[a-z\u4e00-\u9fff“"（(/]/.test(unit.plain) || guessed(previous, unit));
    // "(iv) … with," / "or" / "(v) …": a lone conjunction belongs to the item before it.
    const conjunction = !!previous && /^(?:or|and|或|及|和)$/.test(unit.plain);
    if (!previous || !(numberOnly || continues || conjunction)) {
      out.push(unit);
      continue;
    }
    const quote = (text: string) => (text.length > 12 ? `${text.slice(0, 12)}…` : text);
    joins.push({
      unit: previous,
      guess: !conjunction && !numberOnly && /^[A-Z]/.test(unit.plain),
      line: unit.line,
      note: conjunction
        ? `The word "${unit.plain}" stood alone as a paragraph after this one; it is joined to its end. No text changed.`
        : numberOnly
          ? `A page break separated the number "${previous.plain}" from its text ("${quote(unit.plain)}"); number and text are joined again. No text changed.`
          : `A page break split this paragraph mid-sentence ("…${previous.plain.slice(-10)}" / "${quote(unit.plain)}"); the two lines are joined again. No text changed.`,
    });
    const separator = /[\u3000-\u9fff\uff00-\uffef]$/.test(previous.plain) ? '' : ' ';
    previous.raw = `${previous.raw}${numberOnly ? ' ' : separator}${unit.raw}`;
    previous.plain = `${previous.plain}${numberOnly ? ' ' : separator}${unit.plain}`;
  }
  return { units: out, joins };
}
