import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { textLength } from '../references/wrap-spans';
import type { Block, Language } from '../pipeline/types';

/**
 * Reads an addendum item's own words, so that a region view quotes the addendum in whichever
 * language is shown and follows any edit of either file. The phrases below are where the
 * addenda say what they do; each is matched in a plain-text node of the item's content.
 */

/** "Clause 13.9 shall be replaced by the following: This Agreement …" / "第13.9条应替换为以下内容：本协议…" */
export const replacementMarkers: Record<Language, RegExp> = {
  en: /shall be replaced by the following:\s*/,
  zh: /应(?:被)?替换为以下内容[：:]\s*/,
};

/** "… added to the Agreement as a new Clause 9.1(g): You will use …" / "…作为新的第9.1(g)条增加至本协议：您将…" */
export const additionMarkers: Record<Language, RegExp> = {
  en: /as a new Clause [0-9a-z.()]+:\s*/,
  zh: /作为新的第[0-9a-z.()]+条增加至本协议[：:]\s*/,
};

/** "The reference in Clause 13.7 … shall be replaced by the English … Act 1999." / "…的提及应替换为英格兰的…。" */
export const newReferencePatterns: Record<Language, RegExp> = {
  en: /shall be replaced by (.+?)\.?$/,
  zh: /应(?:被)?替换为(.+?)。?$/,
};

/** Plain text of a block or of phrasing content, white space collapsed. */
export function plainOf(content: Block | PhrasingContent[]): string {
  const children = Array.isArray(content) ? content : content.content;
  return toString({ type: 'paragraph', children }).replace(/\s+/g, ' ').trim();
}

/** Does `haystack` contain `quote`, ignoring differences in white space? */
export function containsQuote(haystack: string, quote: string): boolean {
  return haystack.replace(/\s+/g, ' ').includes(quote.replace(/\s+/g, ' ').trim());
}

/** "9.1.g" → "9.1(g)"; "13.9" → "13.9": a clause number as the agreements print it in references. */
export function printedRef(ref: string): string {
  return ref.replace(/\.([a-z]+)(?=\.|$)/g, '($1)');
}

/** Does the text name this clause ("Clause 13.9", "Clauses 11.5", "第13.9条", "9.1(g)")? */
export function mentionsClause(text: string, ref: string): boolean {
  const printed = printedRef(ref).replace(/[.()]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![0-9.])${printed}(?![0-9])`).test(text);
}

export interface Split {
  /** Plain text up to and including the marker: "Clause 13.9 shall be replaced by the following: ". */
  lead: string;
  /** The content after the marker, formatting kept. */
  rest: PhrasingContent[];
}

/**
 * Splits content after the marker, found in the plain text of the whole content — so a marker
 * that an earlier stage cut into several nodes ("as a new [Clause 9.1(g)]:", the reference
 * marked) is still found. Formatting after the cut is kept; null if the marker is absent.
 */
export function splitAfter(content: PhrasingContent[], marker: RegExp): Split | null {
  const plain = toString({ type: 'paragraph', children: content });
  const match = marker.exec(plain);
  if (!match) return null;
  const cut = match.index + match[0].length;
  return { lead: plain.slice(0, cut), rest: dropBefore(content, cut) };
}

/** The content from a plain-text offset on, nodes cut where the offset falls inside them. */
function dropBefore(nodes: PhrasingContent[], offset: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const node of nodes) {
    const length = textLength(node);
    if (at >= offset) out.push(node);
    else if (at + length > offset) {
      const cut = offset - at;
      if ('value' in node) out.push({ ...node, value: node.value.slice(cut) } as PhrasingContent);
      else if ('children' in node)
        out.push({
          ...node,
          children: dropBefore(node.children as PhrasingContent[], cut),
        } as PhrasingContent);
    }
    at += length;
  }
  return out;
}

/** The content with the first text node containing `from` changed to say `to`; null if none does. */
export function substitute(content: PhrasingContent[], from: string, to: string): PhrasingContent[] | null {
  const index = content.findIndex((node) => node.type === 'text' && node.value.includes(from));
  if (index < 0) return null;
  const node = content[index] as { value: string };
  const changed: PhrasingContent = { type: 'text', value: node.value.replace(from, to) };
  return [...content.slice(0, index), changed, ...content.slice(index + 1)];
}

/** Prefixes content with the printed number ("11.4 ", "(g) "), as every clause's own text starts. */
export function numbered(label: string, content: PhrasingContent[]): PhrasingContent[] {
  const [first, ...others] = content;
  if (first?.type === 'text') return [{ type: 'text', value: `${label} ${first.value}` }, ...others];
  return [{ type: 'text', value: `${label} ` }, ...content];
}
