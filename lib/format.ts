import type { TFunction } from 'i18next';
import type { FrontMatter } from './content/front-matter';
import type { BlockKind } from './pipeline/types';

/**
 * How a clause is named in the interface language, from its ref: "3.2.g.i" → "clause 3.2(g)(i)",
 * "10.p2" → "clause 10, paragraph 2", "preamble.1" (a part without printed numbers) →
 * "paragraph 1". The part ("eu-addendum") is named separately by the caller.
 */
export function clauseLabel(ref: string, part: string, kind: BlockKind, t: TFunction): string {
  const local = part === 'main' ? ref : ref.slice(part.length + 1);
  const segments = local.split('.');
  const paragraph = /^p(\d+)$/.exec(segments[segments.length - 1]);
  if (kind === 'paragraph' && !paragraph) return t('clause.paragraphOnly', { n: local });
  const numbered = paragraph ? segments.slice(0, -1) : segments;
  if (numbered.length === 0) return t('clause.paragraphOnly', { n: paragraph![1] });
  const number = numbered.map((s, i) => (i === 0 ? s : /^\d+$/.test(s) ? `.${s}` : `(${s})`)).join('');
  const clause = t('clause.number', { number });
  return paragraph ? t('clause.paragraph', { clause, n: paragraph[1] }) : clause;
}

/** The edition as printed, for headers and citations: version, else effective date, else update. */
export function editionOf(
  meta: Pick<FrontMatter, 'version' | 'effective' | 'updated'>,
  t: TFunction,
): string {
  if (meta.version) return t('meta.version', { value: meta.version });
  if (meta.effective) return t('meta.effective', { value: meta.effective });
  return t('meta.updated', { value: meta.updated });
}
