import type { Agreement } from '../pipeline/types';
import type { AgreementText, Block, Language } from '../pipeline/types';
import { detectBlockReferences } from './detect-references';
import type { Reference, ReferenceContext } from './types';

/** The references one block of one language text makes. */
export interface BlockReferences {
  language: Language;
  text: AgreementText;
  block: Block;
  references: Reference[];
}

/**
 * Runs detection over every block of every language text of an agreement, each block with its
 * own context (part, ref, kind) and the text's refs as `known`, so that an addendum's
 * "Clause 11.7" finds the clause the addendum adds. Blocks without references are left out.
 */
export function collectReferences(
  agreement: Agreement,
  options: Pick<ReferenceContext, 'thisClause'> = {},
): BlockReferences[] {
  const out: BlockReferences[] = [];
  for (const text of Object.values(agreement.texts)) {
    if (!text) continue;
    const known = new Set(text.blocks.map((block) => block.ref));
    for (const block of text.blocks) {
      const references = detectBlockReferences(block, text.language, {
        ...options,
        slug: agreement.slug,
        known,
      });
      if (references.length > 0) out.push({ language: text.language, text, block, references });
    }
  }
  return out;
}
