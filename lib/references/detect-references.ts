import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, Language } from '../pipeline/types';
import { detectClauseReferences } from './detect-clause-references';
import { detectDocumentReferences } from './detect-document-references';
import type { Reference, ReferenceContext } from './types';

/**
 * The detection stage: every cross-reference in one block's plain text, in text order — clauses
 * of the same agreement ("Clause 2.6", "第3条", "本条", "sub-paragraph (a) above") and other
 * agreements by title (《服务使用规则》, "Privacy Policy"). Offsets are UTF-16 code units into
 * `plainTextOf(block.content)`, which is what link-references walks. Where a clause reference
 * and a title overlap, the clause reference wins ("Clause 3 of the Privacy Policy" is rejected
 * as a clause reference before that, so the title remains).
 */
export function detectReferences(text: string, language: Language, context: ReferenceContext): Reference[] {
  const clauses = detectClauseReferences(text, language, context);
  // The characters clause references cover, marked once: a lookup per title, not a scan.
  const covered = new Uint8Array(text.length);
  for (const clause of clauses) covered.fill(1, clause.start, clause.end);
  const documents = detectDocumentReferences(text, context).filter(
    (doc) => !covered.subarray(doc.start, doc.end).includes(1),
  );
  return [...clauses, ...documents].sort((a, b) => a.start - b.start);
}

/** A block's plain text, exactly as the offsets of its references count it. */
export function plainTextOf(content: PhrasingContent[]): string {
  return toString({ type: 'paragraph', children: content });
}

/** The references of one block of an agreement text, with its context filled in. */
export function detectBlockReferences(
  block: Block,
  language: Language,
  context: Omit<ReferenceContext, 'part' | 'ref' | 'kind'> = {},
): Reference[] {
  return detectReferences(plainTextOf(block.content), language, {
    ...context,
    part: block.part,
    ref: block.ref,
    kind: block.kind,
  });
}
