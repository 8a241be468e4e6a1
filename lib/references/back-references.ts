import type { Agreement } from '../pipeline/types';
import type { Language } from '../pipeline/types';
import { collectReferences } from './collect-references';
import type { ReferenceContext } from './types';

/** The refs of the blocks that cite one clause, per language, in text order. */
export type CitingRefs = Record<Language, string[]>;

/**
 * For each clause ref an agreement cites, the blocks that cite it, per language:
 * `{ '2.6': { en: ['1.3'], zh: ['1.3'] }, '9.1.g': { en: ['eu-addendum.3'], … } }`. A plain
 * object, so a server component can hand it to the page as it is. A block citing itself is left
 * out; a target that does not exist is kept (the content check reports it, the page need not).
 */
export function backReferences(
  agreement: Agreement,
  options: Pick<ReferenceContext, 'thisClause'> = {},
): Record<string, CitingRefs> {
  const byTarget: Record<string, CitingRefs> = {};
  for (const { language, block, references } of collectReferences(agreement, options)) {
    for (const reference of references) {
      if (reference.kind !== 'clause') continue;
      for (const target of reference.targets) {
        if (target === block.ref) continue;
        const citing = (byTarget[target] ??= { en: [], zh: [] })[language];
        if (!citing.includes(block.ref)) citing.push(block.ref);
      }
    }
  }
  return byTarget;
}
