import type { HighlightMark } from '../page/types';
import type { ExportHighlight } from './schema';

/** A page-model highlight mark in the export's shape: absent fields become null. */
export function exportHighlight(mark: HighlightMark): ExportHighlight {
  return {
    tag: mark.tag,
    phrases: mark.phrases,
    override: mark.override ?? null,
    onlyIn: mark.onlyIn ?? null,
  };
}
