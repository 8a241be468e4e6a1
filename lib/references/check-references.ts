import type { PhrasingContent } from 'mdast';
import type { Agreement } from '../pipeline/types';
import { ContentError } from '../content/content-error';
import { blockId } from '../pipeline/clause-id';
import type { AgreementText, Block } from '../pipeline/types';
import { collectReferences } from './collect-references';
import { textLength } from './wrap-spans';

/**
 * The content check of cross-references: every clause a text cites must exist in that text,
 * else `file:line: reference "Clause 9.9" in clause-2.3 points to clause-9.9, which does not
 * exist`. A target the text itself declares new ("as a new Clause 9.1(g)", "作为新的第9.1(g)条")
 * is excepted wherever it is cited. Works on the parsed agreement because it needs every id of
 * both language texts; lib/content/check.ts calls it per agreement.
 */
export function checkReferences(agreement: Agreement): ContentError[] {
  const collected = collectReferences(agreement);
  const declaredNew = new Set(
    collected.flatMap(({ language, references }) =>
      references.flatMap((r) =>
        r.kind === 'clause' && r.declaresNew ? r.targets.map((t) => `${language}:${t}`) : [],
      ),
    ),
  );
  const errors: ContentError[] = [];
  const refsOf = new Map<AgreementText, Set<string>>();
  for (const { language, text, block, references } of collected) {
    if (!refsOf.has(text)) refsOf.set(text, new Set(text.blocks.map((b) => b.ref)));
    const refs = refsOf.get(text)!;
    for (const reference of references) {
      if (reference.kind !== 'clause') continue;
      for (const span of reference.spans) {
        if (refs.has(span.target) || declaredNew.has(`${language}:${span.target}`)) continue;
        const line = lineOf(block, span.start, text.bodyLine);
        const problem = `reference "${reference.text}" in ${block.id} points to ${blockId(span.target)}, which does not exist`;
        errors.push(new ContentError(text.file, line, `${problem}; correct the number, or write the clause`));
      }
    }
  }
  return errors;
}

/** The file line on which a plain-text offset of a block falls (its text node's own line). */
function lineOf(block: Block, offset: number, bodyLine: number): number {
  let at = 0;
  let line: number | null = null;
  const walk = (nodes: PhrasingContent[]): boolean => {
    for (const node of nodes) {
      const length = textLength(node);
      if (offset < at + length && node.type === 'text' && node.position) {
        const before = node.value.slice(0, offset - at);
        line = node.position.start.line + bodyLine - 1 + (before.match(/\n/g)?.length ?? 0);
        return true;
      }
      if (offset < at + length && 'children' in node && node.type !== 'link') return walk(node.children);
      at += length;
    }
    return false;
  };
  walk(block.content);
  return line ?? block.line;
}
