import type { PhrasingContent, Text } from 'mdast';

/** A stretch of a block's plain text to wrap, and how to wrap one piece of it. */
export interface InlineSpan {
  start: number;
  end: number;
  wrap: (piece: Text) => PhrasingContent;
}

/** How much of the plain text (mdast-util-to-string) a node stands for. */
export function textLength(node: PhrasingContent): number {
  if ('value' in node) return node.value.length;
  if ('alt' in node) return node.alt?.length ?? 0;
  if ('children' in node) return node.children.reduce((n, child) => n + textLength(child), 0);
  return 0;
}

// Nodes a transform leaves whole: links (a link never nests in a link) and text an earlier
// transform marked ("Privacy Policy" marked as an external document).
function isOccupied(node: PhrasingContent): boolean {
  return (
    node.type === 'link' || node.type === 'linkReference' || (node.type === 'text' && !!node.data?.reference)
  );
}

/** Plain-text ranges covered by links or marked text, where no new span may go. */
export function occupiedRanges(nodes: PhrasingContent[]): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  const walk = (list: PhrasingContent[]) => {
    for (const node of list) {
      const length = textLength(node);
      if (isOccupied(node)) ranges.push([offset, offset + length]);
      else if ('children' in node) {
        walk(node.children);
        continue;
      }
      offset += length;
    }
  };
  walk(nodes);
  return ranges;
}

/**
 * Wraps stretches of a block's inline Markdown, given as plain-text offsets, without breaking
 * its formatting: text nodes are split at the span edges and each piece inside a span is
 * wrapped where it stands, so "**Clause 2.6**" keeps its bold around the new node, and a span
 * across a bold edge ("Clause **2.6**") becomes two adjacent wrapped pieces. Links and marked
 * text are left whole. Returns new nodes; the input is not changed.
 */
export function wrapSpans(nodes: PhrasingContent[], spans: InlineSpan[]): PhrasingContent[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, span) => Math.max(n, span.end - span.start), 0);
  let offset = 0;
  const walk = (list: PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((node): PhrasingContent[] => {
      if (node.type === 'text' && !isOccupied(node)) {
        const pieces = splitText(node, offset, sorted, longest);
        offset += node.value.length;
        return pieces;
      }
      if (isOccupied(node) || !('children' in node)) {
        offset += textLength(node);
        return [node];
      }
      return [{ ...node, children: walk(node.children) } as PhrasingContent];
    });
  return walk(nodes);
}

function splitText(node: Text, at: number, spans: InlineSpan[], longest: number): PhrasingContent[] {
  const end = at + node.value.length;
  // A span that reaches this node starts at most `longest` before it: a binary search finds that
  // stretch of the sorted spans, so a block of thousands of nodes and spans is not quadratic.
  const near = spans.slice(firstStartingAt(spans, at - longest), firstStartingAt(spans, end));
  const inside = near.filter((span) => span.start < end && at < span.end);
  if (inside.length === 0) return [node];
  const out: PhrasingContent[] = [];
  let cursor = at;
  // Pieces come in text order, each starting where the last ended: count lines on from there.
  let line = node.position?.start.line ?? 1;
  const take = (from: number, to: number): Text => {
    const text = piece(node, from - at, to - at, line);
    line += newlines(text.value);
    return text;
  };
  const plain = (from: number, to: number) => {
    if (to > from) out.push(take(from, to));
  };
  for (const span of inside) {
    const from = Math.max(span.start, cursor);
    const to = Math.min(span.end, end);
    if (to <= from) continue;
    plain(cursor, from);
    out.push(span.wrap(take(from, to)));
    cursor = to;
  }
  plain(cursor, end);
  return out;
}

/** The index of the first of the spans (sorted by start) that starts at or after `offset`. */
function firstStartingAt(spans: InlineSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Part of a text node, keeping the line it starts on so that the content check can still name
 * the file line of a reference inside a multi-line paragraph (columns are not kept).
 */
function piece(node: Text, from: number, to: number, line: number): Text {
  const value = node.value.slice(from, to);
  if (!node.position) return { type: 'text', value };
  return {
    type: 'text',
    value,
    position: { start: { line, column: 1 }, end: { line: line + newlines(value), column: 1 } },
  };
}

function newlines(text: string): number {
  return text.match(/\n/g)?.length ?? 0;
}
