import type { ClauseHighlight } from '@/lib/highlights/types';
import { textOf } from '@/lib/highlights/classify-agreement';
import type { Block, Language } from '@/lib/pipeline/types';
import type { RegionRow } from '@/lib/regions/apply-effects';

// Characters per line on the narrowest phone laid out for (320 px wide, deepest indent), rounded
// down: the estimate must not fall short, or a row not yet rendered would overflow its box.
const perLine: Record<Language, number> = { en: 30, zh: 13 };
const languages: Language[] = ['zh', 'en'];

const linesOf = (blocks: Partial<Record<Language, Block>> | undefined) =>
  languages.reduce((n, language) => {
    const block = blocks?.[language];
    return block ? n + Math.ceil(textOf(block).length / perLine[language]) + 1 : n;
  }, 0);

/**
 * How many lines of body text a clause row can take on a phone, at most: the height a row has
 * while it is out of view and not yet rendered (`content-visibility: auto`). Counts the row's
 * text in both languages, a conditional replacement shown beside it, the highlight marks with
 * their quoted phrases, and one line for each other piece (region marks, the note and
 * back-reference lines, the actions, padding). Wide screens need less; an over-estimate only
 * makes the scroll bar approximate until the row is first drawn.
 */
export function placeholderLines(
  row: RegionRow,
  highlight: ClauseHighlight | undefined,
  pieces: number,
): number {
  const marks = (highlight?.tags ?? []).reduce((n, tag) => {
    const phrases = languages.flatMap((language) =>
      (highlight?.languages[language]?.why[tag] ?? []).map((reason) => reason.phrase),
    );
    return n + 2 + Math.ceil(phrases.join(' / ').length / perLine.zh);
  }, 0);
  return linesOf(row.blocks) + linesOf(row.replacement) + marks + 2 * row.marks.length + pieces + 3;
}
