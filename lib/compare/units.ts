import type { PageRow } from '../page/types';
import { languages, type Language } from '../pipeline/types';
import { cellText, similarityTokens, withoutNumber, wordBag, type WordBag } from './text';

/**
 * A clause as the comparison sees it: one numbered row of the page model with the unnumbered
 * paragraphs that follow it (`3.3` and `3.3.p2`: one publication prints "3.3. 后付费" and its text
 * as two paragraphs, the other as one), or the rows an addendum replaces as one (`10` and
 * `10.p1`, `10.a` … `10.p2`, which the Australia Addendum replaces with one clause 10).
 */
export interface ClauseUnit {
  ref: string;
  rows: PageRow[];
  /** Per language: the rows' words, one paragraph per row ("\n"), without the printed number. */
  texts: Partial<Record<Language, string>>;
  /** Per language: the words that make it alike another clause (lib/compare/align.ts). */
  words: Partial<Record<Language, WordBag>>;
}

/**
 * The page model's rows (in reading order) as clause units. `groups` maps a row's ref to the
 * ref of the unit it belongs to when that is not the row just before it (the rows a replaced
 * clause covers, from its region marks).
 */
export function clauseUnits(rows: PageRow[], groups: Map<string, string> = new Map()): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  for (const row of rows) {
    const last = units[units.length - 1];
    const group = groups.get(row.ref) ?? paragraphOf(row.ref);
    if (last && group === last.ref) last.rows.push(row);
    else units.push({ ref: row.ref, rows: [row], texts: {}, words: {} });
  }
  for (const unit of units)
    for (const language of languages) {
      const cells = unit.rows.flatMap((row, i) => {
        const html = row.cells[language];
        if (html === undefined) return [];
        const text = cellText(html);
        return [i === 0 && row.kind !== 'paragraph' ? withoutNumber(text) : text];
      });
      if (cells.length === 0) continue;
      unit.texts[language] = cells.join('\n');
      unit.words[language] = wordBag(similarityTokens(unit.texts[language]!, language));
    }
  return units;
}

// "3.3.p2" is the second paragraph of clause 3.3; "preamble.1" is a paragraph of its own.
function paragraphOf(ref: string): string | null {
  const match = /^(.+)\.p\d+$/.exec(ref);
  return match ? match[1] : null;
}
