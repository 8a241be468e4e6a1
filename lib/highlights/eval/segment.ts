/**
 * Cuts a terms text in Open Terms Archive Markdown into the units the eval labels: paragraphs and
 * list items, headings left out, Markdown reduced to words. An item ("(a) …", "* …", "1. …") is
 * read with its lead-in, the last unit before it that ends with a colon (an item may introduce
 * a nested list: "Google won't be responsible for the following liabilities:"):
 *
 *   **Limitation of liability.** WE WILL NOT BE LIABLE FOR:     ← lead-in
 *   (a) lost profits;                                          ← item, read with the lead-in
 */
export interface Unit {
  index: number;
  text: string;
  /** The paragraph that introduces this item's list, when it ends with a colon. */
  leadIn?: string;
}

const itemMarker = /^(?:[*+-]\s+|\d{1,2}\\?[.)]\s+|\(\d{1,2}\)\s*|\(?[a-z]{1,4}\)\s+|\(?[ivx]{1,5}\)\s+)/i;
const underline = /^\s*(?:=+|-+)\s*$/;

/** Words of a Markdown line: links as their text, emphasis and escapes gone. */
export function plainWords(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function segmentTerms(markdown: string): Unit[] {
  const blocks = markdown.split(/\n\s*\n/);
  const units: Unit[] = [];
  // The last unit that ends with a colon, while only items have followed it.
  let leadIn: string | undefined;
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    // "Title\n=====" and "# Title" are headings, not clauses.
    if (lines.length === 2 && underline.test(lines[1])) continue;
    if (/^#{1,6}\s/.test(lines[0].trim())) continue;
    for (const piece of splitItems(lines)) {
      const isItem = itemMarker.test(piece);
      const text = plainWords(piece.replace(/^[*+-]\s+/, ''));
      if (text === '') continue;
      const unit: Unit = { index: units.length, text };
      if (isItem && leadIn) unit.leadIn = leadIn;
      if (/:\s*$/.test(text)) leadIn = text;
      else if (!isItem) leadIn = undefined;
      units.push(unit);
    }
  }
  return units;
}

// A block may hold several list items on consecutive lines: each starts a unit.
function splitItems(lines: string[]): string[] {
  const pieces: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (pieces.length === 0 || itemMarker.test(line)) pieces.push(line);
    else pieces[pieces.length - 1] += ' ' + line;
  }
  return pieces;
}
