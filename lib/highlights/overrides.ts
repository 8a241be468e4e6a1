import { readFileSync } from 'node:fs';
import { ContentError } from '../content/content-error';
import type { AgreementText } from '../pipeline/types';
import type { Tag } from './rules';
import type { AppliedOverride, HighlightOverride } from './types';

/**
 * The per-clause corrections of the rules, from the `highlights` front matter of either language
 * file, keyed by clause ref:
 *
 *   highlights:
 *     - clause: specific.16.2
 *       tag: deletion
 *       action: remove
 *       reason: Reclaiming idle resources is not deletion of the customer's data.
 *
 * A correction names a clause that must exist, and the two files must not contradict each other
 * (add and remove of the same tag on the same clause): either is a content error.
 */
export function collectOverrides(
  texts: AgreementText[],
  refs: Set<string>,
): Map<string, (HighlightOverride & { file: string })[]> {
  const byRef = new Map<string, (HighlightOverride & { file: string })[]>();
  for (const text of texts) {
    for (const override of text.meta.highlights ?? []) {
      if (!refs.has(override.clause)) {
        throw new ContentError(
          text.file,
          lineOf(text.file, override.clause),
          `highlights: no clause ${override.clause}`,
        );
      }
      const list = byRef.get(override.clause) ?? [];
      const clash = list.find((o) => o.tag === override.tag && o.action !== override.action);
      if (clash) {
        const problem = `highlights: ${override.clause} ${override.tag} is both added (in one file) and removed (in the other)`;
        throw new ContentError(text.file, lineOf(text.file, override.clause), problem);
      }
      list.push({ ...override, file: text.file });
      byRef.set(override.clause, list);
    }
  }
  return byRef;
}

/** Tags after the overrides, each override noted with whether it changed anything. */
export function applyOverrides(
  ruleTags: Tag[],
  overrides: (HighlightOverride & { file: string })[],
): { tags: Set<Tag>; applied: AppliedOverride[] } {
  const tags = new Set(ruleTags);
  const applied = overrides.map(({ tag, action, reason, file }) => {
    const effective = action === 'add' ? !tags.has(tag) : tags.has(tag);
    if (action === 'add') tags.add(tag);
    else tags.delete(tag);
    return { tag, action, reason, file, effective };
  });
  return { tags, applied };
}

// The front matter is not kept line by line, so an error reads the file again to point at the
// "clause: …" line of the override; line 1 if the file cannot be read.
function lineOf(file: string, clause: string): number {
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const from = Math.max(
      0,
      lines.findIndex((line) => line.startsWith('highlights:')),
    );
    const pattern = new RegExp(`clause:\\s*['"]?${clause.replace(/\./g, '\\.')}['"]?\\s*$`);
    const at = lines.findIndex((line, i) => i > from && pattern.test(line));
    return at >= 0 ? at + 1 : from + 1;
  } catch {
    return 1;
  }
}
