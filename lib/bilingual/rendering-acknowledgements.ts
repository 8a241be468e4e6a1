import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { renderingFinding, type TermRenderings } from './check-term-consistency';

/**
 * A source term whose several renderings are each right where they are used, and why
 * (content/review/renderings.yaml): `{ term: baozheng, renderings: [warrant, ensure, guarantee],
 * reason: … }`. It acknowledges the findings of those renderings only: a new rendering of the
 * term is still reported.
 */
export const renderingAcknowledgementSchema = z
  .object({
    /** As the finding names it: the termbase id, or the term itself. */
    term: z.string().min(1),
    /** As the finding names them: termbase forms ("undertak"), phrases ("阿里云主平台"). */
    renderings: z.array(z.string().min(1)).min(2),
    reason: z.string().min(1),
  })
  .strict();

export type RenderingAcknowledgement = z.infer<typeof renderingAcknowledgementSchema>;

export const renderingsFile = path.join('content', 'review', 'renderings.yaml');

/** Reads and validates the acknowledgements; a missing file acknowledges nothing. */
export function loadRenderingAcknowledgements(file = renderingsFile): RenderingAcknowledgement[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const parsed = z.array(renderingAcknowledgementSchema).safeParse(parse(text) ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Which findings the acknowledgements cover — by "slug ref" and finding text, the reason — and
 * which acknowledgements cover nothing any more: a term no longer rendered several ways, or a
 * listed rendering no longer used, so that the record stays true.
 */
export function applyRenderingAcknowledgements(
  groups: TermRenderings[],
  acknowledgements: RenderingAcknowledgement[],
): { reasons: Map<string, string>; stale: string[] } {
  const reasons = new Map<string, string>();
  const stale: string[] = [];
  for (const entry of acknowledgements) {
    const group = groups.find((g) => g.key === entry.term && entry.renderings.includes(g.uses[0].rendering));
    const unused = entry.renderings.filter((r) => !group?.uses.some((use) => use.rendering === r));
    if (!group || unused.length > 0) {
      stale.push(
        `term ${entry.term}: ${group ? `${unused.join(', ')} no longer used` : 'no longer rendered several ways'}`,
      );
      continue;
    }
    const [main, ...others] = group.uses;
    for (const use of others.filter((u) => entry.renderings.includes(u.rendering))) {
      const text = renderingFinding(group, use.rendering, main.rendering);
      for (const pair of use.pairs) reasons.set(`${pair.replace(' clause-', ' ')} ${text}`, entry.reason);
    }
  }
  return { reasons, stale };
}
