import type { TFunction } from 'i18next';
import type { FrontMatter } from './content/front-matter';
import type { EditionDate } from './content/printed-date';
import type { Locale } from './i18n/config';
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

/**
 * A clause named away from its row (back-references, lists, the glossary, the review report):
 * with its part's title unless it is in the main part, since "clause 3" alone would not say
 * which part's clause 3 — "Europe Addendum …, clause 7".
 */
export function clauseInPartLabel(
  row: { ref: string; part: string; kind: BlockKind },
  partTitle: string | undefined,
  t: TFunction,
): string {
  const clause = clauseLabel(row.ref, row.part, row.kind, t);
  return row.part !== 'main' && partTitle ? t('clause.inPart', { part: partTitle, clause }) : clause;
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

/**
 * A calendar date (ISO 8601 at the precision printed: "2020-04-02", "2019-10", "2016") in the
 * interface language's one format: "2 April 2020", "October 2019", "2016" in English;
 * "2020年4月2日", "2019年10月", "2016年" in Chinese.
 */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return new Intl.DateTimeFormat(tag, options).format(Date.UTC(year, (month || 1) - 1, day || 1));
}

/**
 * An edition's dates in the interface language, one format: "Version of 2 April 2020",
 * "Effective 16 March 2018", "Last updated 16 October 2019"; a value that is no date ("v2.1")
 * as printed.
 */
export function editionDateText(date: EditionDate, locale: Locale, t: TFunction): string {
  if (!date.date) return t(`meta.${date.kind}`, { value: date.printed });
  return t(`meta.${date.kind}Date`, { date: formatDate(date.date, locale) });
}
