import type { Agreement } from '../pipeline/types';
import { collectReferences } from '../references/collect-references';
import { linkReferences } from '../references/link-references';

/**
 * The inline stage, run once both languages are aligned (it needs every clause id): each
 * block's Markdown content gets its cross-references as links — "Clause 2.6" → "#clause-2.6",
 * 《阿里云产品服务协议》 → that agreement's page. A target that exists in neither language stays
 * text (the content check reports it), so the page never carries a dead link.
 */
export function linkAgreementReferences(agreement: Agreement): Agreement {
  const refs = new Set(agreement.rows.map((row) => row.ref));
  for (const { language, block, references } of collectReferences(agreement)) {
    block.content = linkReferences(block.content, references, { language, exists: (ref) => refs.has(ref) });
  }
  return agreement;
}
