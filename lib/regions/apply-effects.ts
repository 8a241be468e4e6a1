import type { PhrasingContent } from 'mdast';
import type { Row } from '../pipeline/align';
import type { Language } from '../pipeline/types';
import { rowOf, type Texts } from './effect-texts';
import type { ResolvedEffect } from './resolve-effects';
import type { Bilingual, EffectKind } from './schema';

/**
 * Applies a region's resolved effects to an agreement's rows, in the order regions.yaml lists
 * them. A replaced clause takes its whole subtree with it ("Clause 11.4" is 11.4 and its items
 * (a)–(e)), keeping the rows it replaced for the one-click view of the original; an added clause
 * goes after the last row under its parent (9.1(g) after 9.1(f)); everything else keeps its text
 * and gains a mark. Every mark names the addendum item that causes it.
 */

export type RowStatus = 'original' | 'annotated' | 'conditional' | 'modified' | 'replaced' | 'added';

export interface RegionMark {
  kind: EffectKind;
  /** The addendum item, "eu-addendum.7"; `itemId` is its anchor, "clause-eu-addendum.7". */
  item: string;
  itemId: string;
  /** The item's own words, for a mark that quotes its source (annotations, entity, whole addendum). */
  text: Partial<Record<Language, PhrasingContent[]>>;
}

/** A row as it reads in the region: `blocks` is the text that binds there. */
export interface RegionRow extends Row {
  status: RowStatus;
  marks: RegionMark[];
  /** replaced, modified: the rows as the agreement prints them (a clause and its sub-items). */
  original?: Row[];
  /** conditional: the text that applies instead when `condition` holds; `blocks` stay the original. */
  replacement?: Texts;
  condition?: Bilingual;
}

const rank: Record<RowStatus, number> = {
  original: 0,
  annotated: 1,
  conditional: 2,
  modified: 3,
  replaced: 4,
  added: 4,
};

export function applyEffects(rows: Row[], effects: ResolvedEffect[]): RegionRow[] {
  let out: RegionRow[] = rows.map((row) => ({ ...row, status: 'original', marks: [] }));
  for (const resolved of effects) out = applyOne(out, resolved);
  return out;
}

function applyOne(rows: RegionRow[], resolved: ResolvedEffect): RegionRow[] {
  const { effect, item, texts } = resolved;
  const mark: RegionMark = {
    kind: effect.kind,
    item: item.ref,
    itemId: item.id,
    text: Object.fromEntries(
      Object.entries(item.blocks).map(([language, block]) => [language, block.content]),
    ),
  };
  const out = [...rows];
  const at = (ref: string) => out.findIndex((row) => row.ref === ref);
  const marked = (row: RegionRow, status: RowStatus): RegionRow => ({
    ...row,
    status: rank[status] > rank[row.status] ? status : row.status,
    marks: [...row.marks, mark],
  });
  if (effect.kind === 'whole-addendum') {
    const first = out.findIndex((row) => row.part === effect.part);
    if (first >= 0) out[first] = marked(out[first], 'annotated');
  }
  for (const ref of effect.targets ?? []) {
    const index = at(ref);
    const text = texts.get(ref) ?? {};
    // A target inside a clause an earlier effect replaced has no row of its own any more.
    if (index < 0 && effect.kind !== 'add') continue;
    if (effect.kind === 'add') {
      const parentAt = at(ref.split('.').slice(0, -1).join('.'));
      if (parentAt < 0) continue;
      const added = { ...rowOf(ref, text), status: 'added' as const, marks: [mark] };
      out.splice(subtreeEnd(out, parentAt), 0, added);
    } else if (effect.kind === 'replace') {
      const end = subtreeEnd(out, index);
      const replaced = { ...marked(out[index], 'replaced'), blocks: text, kind: kindOf(text, out[index]) };
      // The rows as printed: a row an earlier effect changed (a reference) keeps its own original.
      const printed = out.slice(index, end).flatMap((row) => row.original ?? [plainRow(row)]);
      out.splice(index, end - index, { ...replaced, original: printed });
    } else if (effect.kind === 'modify-reference') {
      // After a replacement, the text resolveEffects changed is the replacement's, and the
      // original stays the rows as printed; an added clause has none.
      const row = out[index];
      const original = row.status === 'added' ? undefined : (row.original ?? [plainRow(row)]);
      out[index] = { ...marked(row, 'modified'), blocks: text, ...(original && { original }) };
    } else if (effect.kind === 'conditional-replace') {
      out[index] = { ...marked(out[index], 'conditional'), replacement: text, condition: effect.condition };
    } else out[index] = marked(out[index], 'annotated');
  }
  return out;
}

/** The index after the last row under rows[index] (its sub-items, paragraphs, quoted clauses). */
export function subtreeEnd(rows: Row[], index: number): number {
  const inside = new Set([rows[index].id]);
  let end = index + 1;
  while (end < rows.length && inside.has(parentOf(rows[end]) ?? '')) inside.add(rows[end++].id);
  return end;
}

function parentOf(row: Row): string | null {
  return (row.blocks.en ?? row.blocks.zh)?.parent ?? null;
}

function kindOf(texts: Texts, fallback: Row): Row['kind'] {
  return (texts.en ?? texts.zh)?.kind ?? fallback.kind;
}

/** A row without its region fields, as the agreement prints it. */
function plainRow(row: RegionRow | Row): Row {
  const { id, ref, part, kind, depth, blocks } = row;
  return { id, ref, part, kind, depth, blocks };
}
