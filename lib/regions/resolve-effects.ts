import type { Agreement } from '../pipeline/types';
import type { Row } from '../pipeline/align';
import {
  addedTexts,
  conditionProblems,
  modifiedTexts,
  replacingTexts,
  rowOf,
  type Built,
  type Texts,
} from './effect-texts';
import type { LoadedRegions } from './load-regions';
import type { Effect } from './schema';

/**
 * Ties each effect of regions.yaml to the agreement it belongs to: finds the addendum item
 * (`eu-addendum.7`) and the clauses it targets (`13.9`), and builds the target's text in the
 * region from the item's text. Whatever cannot be tied — an item or clause that does not exist,
 * a target the item does not name — is a problem located at the effect's line in regions.yaml
 * and named after its addendum item, so the check and the page agree on what an effect does.
 */

export interface ResolvedEffect {
  effect: Effect;
  /** Line of the effect's `item` in regions.yaml. */
  line: number;
  /** The addendum item's row: both languages of the text that causes the effect. */
  item: Row;
  /** Per target ref, the blocks it reads as in the region (replace, add, modify, conditional). */
  texts: Map<string, Texts>;
}

export interface Problem {
  line: number;
  problem: string;
}

export function resolveEffects(
  agreement: Agreement,
  loaded: LoadedRegions,
  region?: string,
): { effects: ResolvedEffect[]; problems: Problem[] } {
  const rows = new Map(agreement.rows.map((row) => [row.ref, row]));
  const parts = new Set(agreement.official.meta.parts.map((part) => part.id));
  const effects: ResolvedEffect[] = [];
  const problems: Problem[] = [];
  const all = loaded.data.agreements[agreement.slug]?.effects ?? [];
  // Per region, the clauses replaced or added by the effects listed so far, as they then read:
  // a later reference change applies to those words, not to the printed ones they replaced.
  const changedIn = new Map<string, Changed>();
  all.forEach((effect, index) => {
    if (region && effect.region !== region) return;
    const line = loaded.lineOf(['agreements', agreement.slug, 'effects', index, 'item']);
    const changed = changedIn.get(effect.region) ?? new Map();
    changedIn.set(effect.region, changed);
    const { texts, problems: found } = resolveOne(effect, rows, parts, changed);
    const name = `${effect.item} (${effect.kind})`;
    problems.push(...found.map((problem) => ({ line, problem: `${name}: ${problem}` })));
    const item = rows.get(effect.item);
    if (!item || found.length > 0) return;
    effects.push({ effect, line, item, texts });
    if (effect.kind === 'replace' || effect.kind === 'add')
      for (const [ref, blocks] of texts) changed.set(ref, { by: effect.item, kind: effect.kind, blocks });
  });
  return { effects, problems };
}

/** A clause's ref → the addendum item that replaced or added it, and its text since. */
type Changed = Map<string, { by: string; kind: 'replace' | 'add'; blocks: Texts }>;

function resolveOne(
  effect: Effect,
  rows: Map<string, Row>,
  parts: Set<string>,
  changed: Changed,
): { texts: Map<string, Texts>; problems: string[] } {
  const texts = new Map<string, Texts>();
  const item = rows.get(effect.item);
  if (!item) return { texts, problems: [`addendum item ${effect.item} does not exist`] };
  if (!/addendum$/.test(item.part)) return { texts, problems: [`${effect.item} is not an addendum item`] };
  const problems: string[] = [];
  const keep = (ref: string, built: Built) => {
    problems.push(...built.problems);
    texts.set(ref, built.texts);
  };
  if (effect.kind === 'whole-addendum' && !parts.has(effect.part!)) {
    problems.push(`part ${effect.part} does not exist`);
  }
  if (effect.kind === 'conditional-replace') problems.push(...conditionProblems(item, effect.condition!));
  for (const ref of effect.targets ?? []) {
    const now = changed.get(ref);
    // A clause an earlier item added is a target too, of a reference change.
    const added =
      now?.kind === 'add' && effect.kind === 'modify-reference' ? rowOf(ref, now.blocks) : undefined;
    const target = rows.get(ref) ?? added;
    if (effect.kind === 'add') {
      const parent = rows.get(ref.split('.').slice(0, -1).join('.'));
      if (target) problems.push(`clause ${ref} already exists`);
      else if (now) problems.push(`clause ${ref} is added already, by ${now.by}`);
      else if (!parent) problems.push(`clause ${ref} has no parent clause to be added to`);
      else keep(ref, addedTexts(item, ref, parent, quotedUnder(item, ref, rows)));
    } else if (!target) problems.push(`clause ${ref} does not exist`);
    else if (effect.kind === 'replace' || effect.kind === 'conditional-replace') {
      keep(ref, replacingTexts(item, target));
    } else if (effect.kind === 'modify-reference') {
      const inside = ancestorsOf(ref).find((ancestor) => changed.get(ancestor)?.kind === 'replace');
      if (inside)
        problems.push(
          `clause ${ref} is inside clause ${inside}, which ${changed.get(inside)!.by} replaces earlier in the list: target ${inside}, whose text the change then applies to`,
        );
      else if (!now) keep(ref, modifiedTexts(item, target, effect.reference!));
      else {
        const built = modifiedTexts(item, { ...target, blocks: now.blocks }, effect.reference!);
        const since = `as ${now.by} ${now.kind === 'add' ? 'adds' : 'replaces'} it`;
        keep(ref, { ...built, problems: built.problems.map((problem) => `${problem}, ${since}`) });
      }
    }
  }
  return { texts, problems };
}

/** "11.4.c" → ["11.4", "11"]: the clauses it is part of. */
function ancestorsOf(ref: string): string[] {
  const steps = ref.split('.');
  return steps.slice(1).map((_, index) => steps.slice(0, steps.length - 1 - index).join('.'));
}

/** The clause an item quotes: "11.6 …" under Australia Addendum item 4 is au-addendum.11.6. */
function quotedUnder(item: Row, ref: string, rows: Map<string, Row>): Row | undefined {
  const quoted = rows.get(`${item.part}.${ref}`);
  const parent = quoted && (quoted.blocks.en ?? quoted.blocks.zh)?.parent;
  return parent === item.id ? quoted : undefined;
}
