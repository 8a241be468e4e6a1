import type { PhrasingContent } from 'mdast';
import { parseMarkdown } from '../content/markdown';
import { buildClauseTree } from '../pipeline/build-clause-tree';
import type { AgreementText } from '../pipeline/types';

/**
 * Each clause's Markdown as the content file stores it, by clause id: the characters from the
 * first to the last of its inline content — after the block marker ("## ", "- ", "1. "), with
 * the bold, escapes and line breaks as written. The body is parsed again, before the inline
 * stages, because those (links for references, defined-term marks) rewrite the content nodes and
 * drop their positions: `**3.1.**服务费用…` must come out as written, not as the page links it.
 */
export function clauseMarkdown(text: AgreementText): Map<string, string> {
  const parts = buildClauseTree(parseMarkdown(text.body), {
    file: text.file,
    bodyLine: text.bodyLine,
    meta: text.meta,
    body: text.body,
  });
  const out = new Map<string, string>();
  for (const block of parts.flatMap((part) => part.blocks))
    out.set(block.id, sliceOf(text.body, block.content));
  return out;
}

function sliceOf(body: string, content: PhrasingContent[]): string {
  const start = content[0]?.position?.start.offset;
  const end = content.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}
