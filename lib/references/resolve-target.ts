import type { ReferenceContext } from './types';

/**
 * Turns a printed clause number into a Row/Block ref, relative to the block that cites it.
 * Works on refs only (no tree), because the ref already says where a block stands:
 * '2.3.b' is item (b) of clause 2.3, 'specific.16.1.3' a clause of 专用服务条款, '11.5.p2' the
 * second paragraph of clause 11.5.
 */

// Parts that number their own clauses, so "第1.1条" inside them means their own 1.1; every other
// part (preamble, the addenda) cites the main agreement: the Europe Addendum's "Clause 11.5".
const selfNumberedParts = new Set(['specific', 'marketplace']);

/** "9.1(g)" → "9.1.g", "9.1（g）" → "9.1.g", "3.2(g)(i)" → "3.2.g.i". */
export function normaliseNumber(printed: string): string {
  return printed
    .replace(/[(（]([a-z]+)[)）]/g, '.$1')
    .replace(/\.{2,}/g, '.')
    .replace(/\.$/, '');
}

function prefix(part: string): string {
  return part === 'main' ? '' : `${part}.`;
}

function localRef(context: ReferenceContext): string {
  const { part, ref } = context;
  return part !== 'main' && ref.startsWith(`${part}.`) ? ref.slice(part.length + 1) : ref;
}

/** The candidates a number may mean from this block, most likely first. */
function candidates(number: string, context: ReferenceContext): string[] {
  const { part } = context;
  if (part === 'main' || part === 'preamble') return [number];
  if (selfNumberedParts.has(part)) return [`${prefix(part)}${number}`, number];
  // An addendum cites the main text, except the clauses it adds itself: the Australia
  // Addendum's "11.6 … Subject to Clause 11.7" means its own 11.7 (au-addendum.11.7).
  return [number, `${prefix(part)}${number}`];
}

/** "Clause 11.7" in au-addendum.11.6 → 'au-addendum.11.7'; "Clause 12.1" anywhere → '12.1'. */
export function resolveClause(printed: string, context: ReferenceContext): string {
  const options = candidates(normaliseNumber(printed), context);
  return options.find((ref) => context.known?.has(ref)) ?? options[0];
}

/** '11.5.p2' → '11.5', '2.3.b' → '2.3', 'specific.8.3' → 'specific.8.3', '10.p1' → '10'. */
export function owningClause(context: ReferenceContext): string {
  const segments = localRef(context).split('.');
  const numbered: string[] = [];
  for (const segment of segments) {
    if (!/^\d+$/.test(segment)) break;
    numbered.push(segment);
  }
  if (numbered.length === 0) return context.ref;
  return `${prefix(context.part)}${numbered.join('.')}`;
}

/** "本条" / "this Clause": the section ('5' for 5.4) or, if asked or none exists, the clause. */
export function thisClause(context: ReferenceContext): string {
  const clause = owningClause(context);
  if (context.thisClause === 'clause') return clause;
  const first = localRef({ ...context, ref: clause }).split('.')[0];
  const section = `${prefix(context.part)}${first}`;
  if (context.known && !context.known.has(section)) return clause;
  return section;
}

/** "sub-paragraph (a) above" in item 4.2(b) → '4.2.a'; in clause 4.2 itself → its item '4.2.a'. */
export function itemRef(label: string, context: ReferenceContext): string {
  const segments = context.ref.split('.');
  const last = segments[segments.length - 1];
  const isItem = context.kind ? context.kind === 'item' : /^[a-z]+$/.test(last);
  const base = isItem ? segments.slice(0, -1).join('.') : owningClause(context);
  return `${base}.${label}`;
}
