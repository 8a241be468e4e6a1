import type { PhrasingContent } from 'mdast';
import type { Language } from '../pipeline/types';
import type { DefinedTerm } from './defined-terms';
import { occupiedRanges, wrapSpans } from './wrap-spans';

/** One later use of a defined term in a block's plain text. */
export interface TermUse {
  start: number;
  end: number;
  term: string;
  /** Where the term is defined, for the hover or focus card and its link. */
  ref: string;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// English terms match as whole words, with a plural ("End Users" for “End User”); Chinese terms
// match as written, since Chinese has no spaces to stand on.
function termPattern(term: string, language: Language): RegExp {
  return language === 'en'
    ? new RegExp(String.raw`\b${escape(term)}s?\b`, 'g')
    : new RegExp(escape(term), 'g');
}

/**
 * Finds the uses of defined terms in one block's plain text, longest term first, so that
 * "阿里云服务" is one use of “阿里云服务” and not a use of “阿里云”. The defining occurrence itself
 * (same block, same offset) is not a use. Works on plain text, like reference detection.
 */
export function findTermUses(
  text: string,
  terms: DefinedTerm[],
  language: Language,
  ref?: string,
): TermUse[] {
  const firstDefinition = new Map<string, DefinedTerm>();
  for (const term of terms) if (!firstDefinition.has(term.term)) firstDefinition.set(term.term, term);
  const byLength = [...firstDefinition.values()].sort((a, b) => b.term.length - a.term.length);
  const uses: TermUse[] = [];
  // Lookups, not scans, so that a long block with thousands of uses stays linear.
  const defining = new Set(terms.filter((t) => t.ref === ref).map((t) => t.start));
  const used = new Uint8Array(text.length);
  for (const definition of byLength) {
    for (const match of text.matchAll(termPattern(definition.term, language))) {
      const start = match.index;
      const end = start + match[0].length;
      if (defining.has(start) || used.subarray(start, end).includes(1)) continue;
      used.fill(1, start, end);
      uses.push({ start, end, term: definition.term, ref: definition.ref });
    }
  }
  return uses.sort((a, b) => a.start - b.start);
}

/**
 * The mdast transform of term uses, over one block's `content`: marks each use (outside links)
 * as a text node with `data.reference = { kind: 'defined-term', term, ref }`, so the renderer
 * can show the definition on hover or focus. Bold and emphasis are kept.
 */
export function markDefinedTerms(nodes: PhrasingContent[], uses: TermUse[]): PhrasingContent[] {
  const taken = occupiedRanges(nodes);
  const free = uses.filter((use) => !taken.some(([from, to]) => use.start < to && from < use.end));
  return wrapSpans(
    nodes,
    free.map((use) => ({
      start: use.start,
      end: use.end,
      wrap: (piece) => ({
        ...piece,
        data: { reference: { kind: 'defined-term', term: use.term, ref: use.ref } },
      }),
    })),
  );
}
