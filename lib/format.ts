import type { TFunction } from 'i18next';
import type { FrontMatter } from './content/front-matter';

/**
 * "3.2.g.i" → "3.2(g)(i)"; "eu-addendum.7" → "7"; the part is named separately. Paragraph
 * refs ("10.p2") become "10, paragraph 2" in the interface language.
 */
export function clauseLabel(ref: string, part: string, t: TFunction): string {
  const local = part === 'main' ? ref : ref.slice(part.length + 1);
  const segments = local.split('.');
  const paragraph = /^p(\d+)$/.exec(segments[segments.length - 1]);
  const numberPart = (paragraph ? segments.slice(0, -1) : segments)
    .map((s, i) => (i === 0 || /^\d+$/.test(s) ? (i === 0 ? s : `.${s}`) : `(${s})`))
    .join('');
  if (!numberPart) return t('clause.paragraph', { clause: '', n: paragraph?.[1] }).replace(/^[,，\s]+/, '');
  const clause = t('clause.number', { number: numberPart });
  return paragraph ? t('clause.paragraph', { clause, n: paragraph[1] }) : clause;
}

/** The edition as printed, for headers and citations: version, else effective date, else update. */
export function editionOf(meta: FrontMatter, t: TFunction): string {
  if (meta.version) return t('meta.version', { value: meta.version });
  if (meta.effective) return t('meta.effective', { value: meta.effective });
  return t('meta.updated', { value: meta.updated });
}
