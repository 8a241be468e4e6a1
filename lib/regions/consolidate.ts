import type { Agreement } from '../pipeline/types';
import { ContentError } from '../content/content-error';
import { applyEffects, type RegionRow, type RowStatus } from './apply-effects';
import { entityCard, type EntityCard } from './entity-card';
import { agreementRegions, loadRegions, type LoadedRegions } from './load-regions';
import { resolveEffects, type ResolvedEffect } from './resolve-effects';
import type { Bilingual, EffectKind } from './schema';

/**
 * An agreement as it binds one region: its rows with the region's addenda applied and marked,
 * the entity card, the addenda in force, and what reads differently from the agreement's
 * default region. Pages call this once per prerendered `/{lang}/agreements/{slug}/{region}`.
 */

export interface AppliedEffect {
  item: string;
  kind: EffectKind;
  targets: string[];
  part?: string;
  condition?: Bilingual;
}

/** A row that reads differently here than in the default region, and the items that cause it. */
export interface RegionChange {
  id: string;
  ref: string;
  part: string;
  status: RowStatus;
  items: string[];
}

export interface RegionView {
  slug: string;
  region: string;
  isDefault: boolean;
  rows: RegionRow[];
  card: EntityCard;
  /** Addendum parts in force here: those the effects come from, and any applied as a whole. */
  addenda: string[];
  effects: AppliedEffect[];
  changes: RegionChange[];
}

/** null when the region does not apply to the agreement (the page answers 404). */
export function consolidate(
  agreement: Agreement,
  region: string,
  loaded: LoadedRegions = loadRegions(),
): RegionView | null {
  const entry = agreementRegions(agreement.slug, loaded.data);
  const card = entityCard(agreement.slug, region, loaded.data);
  if (!entry || !card) return null;
  const { rows, effects } = regionRows(agreement, region, loaded);
  const baseline = region === entry.default ? rows : regionRows(agreement, entry.default, loaded).rows;
  return {
    slug: agreement.slug,
    region,
    isDefault: region === entry.default,
    rows,
    card,
    addenda: addendaOf(effects),
    effects: effects.map(({ effect }) => ({
      item: effect.item,
      kind: effect.kind,
      targets: effect.targets ?? [],
      ...(effect.part ? { part: effect.part } : {}),
      ...(effect.condition ? { condition: effect.condition } : {}),
    })),
    changes: regionChanges(rows, baseline),
  };
}

/** The rows of an agreement as one region reads them (its addenda applied). */
export function regionRows(agreement: Agreement, region: string, loaded: LoadedRegions) {
  const { effects, problems } = resolveEffects(agreement, loaded, region);
  if (problems.length > 0) throw new ContentError(loaded.file, problems[0].line, problems[0].problem);
  return { rows: applyEffects(agreement.rows, effects), effects };
}

function addendaOf(effects: ResolvedEffect[]): string[] {
  const parts = effects.flatMap(({ effect, item }) => [item.part, ...(effect.part ? [effect.part] : [])]);
  return [...new Set(parts)];
}

/**
 * Rows whose status or marks differ from the same row in the baseline (the default region).
 * Rows folded into a replaced clause (10(a)–(e) under a replaced 10) are not listed apart: the
 * replaced clause stands for them.
 */
export function regionChanges(rows: RegionRow[], baseline: RegionRow[]): RegionChange[] {
  const signature = (row: RegionRow | undefined) =>
    row ? `${row.status} ${row.marks.map((m) => m.item)}` : '';
  const change = ({ id, ref, part, status, marks }: RegionRow): RegionChange => {
    return { id, ref, part, status, items: marks.map((m) => m.item) };
  };
  const before = new Map(baseline.map((row) => [row.id, row]));
  return rows.filter((row) => signature(row) !== signature(before.get(row.id))).map(change);
}
