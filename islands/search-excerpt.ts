/**
 * Pagefind's excerpts, read without trusting them as markup. An excerpt is the record's plain
 * text with `<` and `>` escaped and the matching words wrapped in `<mark>`:
 *   "…阿里云将<mark>删除</mark>您的数据，按照您的指令…"
 * `excerptParts` splits it into text and marked runs that the search page turns into text nodes
 * and <mark> elements, so nothing in a clause's text can ever become an element.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescape(piece), marked });
  }
  return parts;
}

/**
 * Whether a result matched only by Pagefind's fallback for a word its index lacks: it then looks
 * for the word's longest prefix that the index has, which in the Chinese texts is often the
 * letter of a list item, so "deletion" finds "(d) 您有权…". A result whose every match is
 * such a stub (one or two Latin letters or digits that begin a longer query word and are none
 * of its words) is not a match a reader asked for. Prefixes of three letters and more stay:
 * "delet" for "deletion" is a real one.
 */
export function onlyStubMatches(parts: ExcerptPart[], query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const marks = parts
    .filter((part) => part.marked)
    .map((part) => part.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const stub = (mark: string) =>
    /^[a-z0-9]{1,2}$/.test(mark) && !words.includes(mark) && words.some((word) => word.startsWith(mark));
  return marks.length > 0 && marks.every(stub);
}
