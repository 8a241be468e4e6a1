import type { Agreement } from '../pipeline/types';
import { findDefinedTerms } from '../references/defined-terms';
import { plainTextOf } from '../references/detect-references';
import { findTermUses, markDefinedTerms, type TermUse } from '../references/term-uses';

// Terms so common that marking them would mark every line: the parties and the agreement itself.
const tooCommon = new Set([
  'Alibaba Cloud',
  'this Agreement',
  'Agreement',
  'Services',
  '阿里云',
  '本协议',
  '服务',
]);

/**
 * The second inline stage, after cross-references: the first use of each defined term in a block
 * ("Member Content", “保密信息”) is marked with where it is defined, so the page can show the
 * definition on hover or focus. Only the first use per block, and no term of fewer than 3
 * characters or in the list above, so that the text does not turn into a sea of marks.
 */
export function markTermUses(agreement: Agreement): Agreement {
  for (const text of Object.values(agreement.texts)) {
    if (!text) continue;
    const terms = findDefinedTerms(text).filter((t) => t.term.length >= 3 && !tooCommon.has(t.term));
    // Not in headings: a heading is also a link in the contents, and links do not nest.
    for (const block of text.blocks.filter((b) => b.kind !== 'section')) {
      const uses = firstOfEach(findTermUses(plainTextOf(block.content), terms, text.language, block.ref));
      const elsewhere = uses.filter((use) => use.ref !== block.ref);
      if (elsewhere.length > 0) block.content = markDefinedTerms(block.content, elsewhere);
    }
  }
  return agreement;
}

function firstOfEach(uses: TermUse[]): TermUse[] {
  const seen = new Set<string>();
  return uses.filter((use) => !seen.has(use.term) && seen.add(use.term));
}
