import type { FrontMatter } from './front-matter';

/** Which date of an edition the front matter gives: its version, when it took effect, its last update. */
export type EditionDateKind = 'version' | 'effective' | 'updated';

/** One date of an edition: as printed, and as a calendar date when it reads as one. */
export interface EditionDate {
  kind: EditionDateKind;
  /** As the front matter prints it: "20200402", "March 16, 2018", "2019年10月". */
  printed: string;
  /**
   * The date in ISO 8601, as precise as printed: "2020-04-02", "2019-10" (a month), "2016" (a
   * year); null when the printed value is not a date ("v2.1"), which the page then shows as is.
   */
  date: string | null;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as the agreements print it, in ISO 8601 at the precision printed, or null:
 *   "20200402" → "2020-04-02"; "2018-03-16" → same; "March 16, 2018", "Nov 25, 2016", "16 March
 *   2018" → "2018-03-16"; "October 2019" → "2019-10"; "2018年3月16日" → "2018-03-16";
 *   "2019年10月" → "2019-10"; "2016" → "2016". An impossible day ("20200231") is null.
 */
export function parsePrintedDate(printed: string): string | null {
  const text = printed.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/.exec(text)))
    return iso(+m[1], +m[2], m[3] ? +m[3] : undefined);
  if ((m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(text))) return iso(+m[3], month(m[1]), +m[2]);
  if ((m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(text))) return iso(+m[3], month(m[2]), +m[1]);
  if ((m = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(text))) return iso(+m[2], month(m[1]));
  if ((m = /^(\d{4})\s*年?$/.exec(text))) return m[1];
  return null;
}

/** The dates an edition's front matter gives, in the order a reader wants them: version, effective, updated. */
export function editionDates(meta: Pick<FrontMatter, 'version' | 'effective' | 'updated'>): EditionDate[] {
  return (['version', 'effective', 'updated'] as const).flatMap((kind) => {
    const printed = meta[kind];
    return printed ? [{ kind, printed, date: parsePrintedDate(printed) }] : [];
  });
}

// "Nov", "November", "Sept" → 11, 11, 9; 0 for a word that is no month.
function month(word: string): number {
  const lower = word.toLowerCase();
  const index = months.findIndex((m) => lower.startsWith(m));
  if (index < 0) return 0;
  const full = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2000, index, 1))
    .toLowerCase();
  return full.startsWith(lower) || lower === 'sept' ? index + 1 : 0;
}

function iso(year: number, month: number, day?: number): string | null {
  if (month < 1 || month > 12) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
