import { textOf } from '../highlights/classify-agreement';
import type { AgreementPage, PageRow } from '../page/types';
import type { RegionRow } from '../regions/apply-effects';
import { regionRows } from '../regions/consolidate';
import type { LoadedRegions } from '../regions/load-regions';
import type { Agreement, Block, Language } from '../pipeline/types';
import { exportHighlight } from './highlight';
import type { AgreementSummary, ExportRegion, ExportRegionChange } from './schema';

/**
 * One region of an agreement for the export: its entity card and addenda from the region's page
 * model, and every row whose status there is not `original` — replaced, added, modified,
 * conditional or annotated — with the items that cause it. The texts that bind there are read
 * from the region's rows (lib/regions), the same rows the page model renders, as plain text.
 */
export function regionExport(
  agreement: Agreement,
  loaded: LoadedRegions,
  page: AgreementPage,
  summary: AgreementSummary['regions'][number],
): ExportRegion {
  const region = page.region!;
  const rows = new Map(regionRows(agreement, region.key, loaded).rows.map((row) => [row.id, row]));
  const { who, entity, law, courts, notice, conditional } = region.card;
  return {
    ...summary,
    addenda: region.addenda,
    entity: { who, entity, law, courts, notice, conditional },
    changes: page.parts
      .flatMap((part) => part.rows)
      .filter((row) => row.region.status !== 'original')
      .map((row) => regionChange(row, rows.get(row.id)!)),
  };
}

function regionChange(row: PageRow, regionRow: RegionRow): ExportRegionChange {
  const status = row.region.status as ExportRegionChange['status'];
  const changesText = status === 'replaced' || status === 'added' || status === 'modified';
  return {
    ref: row.ref,
    status,
    items: row.region.marks.map(({ item, kind }) => ({ item, kind })),
    text: changesText ? plain(regionRow.blocks) : null,
    replaces: regionRow.original?.map((original) => original.ref) ?? [],
    condition: row.region.condition ?? null,
    replacement: regionRow.replacement ? plain(regionRow.replacement) : null,
    highlights: row.marks.map(exportHighlight),
  };
}

function plain(blocks: Partial<Record<Language, Block>>): Partial<Record<Language, string>> {
  return Object.fromEntries(Object.entries(blocks).map(([language, block]) => [language, textOf(block)]));
}
