import type { ClauseHighlight } from '../highlights/types';
import { markedPhrases, textOf } from '../highlights/classify-agreement';
import type { Block, Language } from '../pipeline/types';
import type { RegionRow } from '../regions/apply-effects';

// Characters per line in the narrowest cell of each layout, rounded down: the estimate must not
// fall short, or a row not yet rendered would overflow its box. Narrow: a 320 px phone, the
// languages stacked. Wide: from 768 px, the languages side by side (the narrowest cells, about
// 312 px, are at 1024 px, where the contents column opens beside the text). Desk: from 1280 px,
// cells of at least 440 px: the wide count would make a desktop page's scroll bar 2.25–2.6
// times the page (e2e/rendering.spec.ts bounds it).
const perLine = {
  narrow: { en: 30, zh: 13 },
  wide: { en: 30, zh: 14 },
  desk: { en: 50, zh: 22 },
} satisfies Record<string, Record<Language, number>>;
const languages: Language[] = ['zh', 'en'];

type Texts = Partial<Record<Language, Block>> | undefined;
const linesIn = (blocks: Texts, layout: keyof typeof perLine) =>
  languages.map((language) => {
    const block = blocks?.[language];
    return block ? Math.ceil(textOf(block).length / perLine[layout][language]) + 1 : 0;
  });
const sum = (lines: number[]) => lines.reduce((a, b) => a + b, 0);

/**
 * How many lines a clause row can take at most, stacked on a phone (`narrow`), side by side
 * from 768 px (`wide`) and from 1280 px (`desk`): the height a row has while it is out of view
 * and not yet rendered (`content-visibility: auto`). Counts the row's text in both languages, a conditional
 * replacement shown beside it, the highlight marks with their quoted phrases, and one line for
 * each other piece (region marks, the note and back-reference lines, the language labels
 * stacked cells open with, padding).
 * An over-estimate only makes the scroll bar approximate until the row is first drawn; each
 * count is rounded up to a step of a short ladder (at most a quarter more), so that the rows'
 * style attributes repeat and the page compresses better (0.2–0.4 KB gzip on the long pages).
 */
export function placeholderLines(
  row: RegionRow,
  highlight: ClauseHighlight | undefined,
  pieces: number,
): Lines {
  const marks = (highlight?.tags ?? []).reduce((n, tag) => {
    const quoted = markedPhrases(highlight!, tag).map(({ phrase }) => phrase);
    return n + 2 + Math.ceil(quoted.join(' / ').length / perLine.narrow.zh);
  }, 0);
  // Side by side, the row is as tall as its longer cell.
  const sideBySide = (layout: 'wide' | 'desk') =>
    Math.max(1, ...linesIn(row.blocks, layout)) + Math.max(0, ...linesIn(row.replacement, layout));
  const around = marks + 2 * row.marks.length + pieces + 3;
  return roundUp({
    // Stacked, each cell opens with a line that names its language and status.
    narrow:
      sum(linesIn(row.blocks, 'narrow')) +
      sum(linesIn(row.replacement, 'narrow')) +
      languages.filter((language) => row.blocks[language]).length +
      around,
    wide: sideBySide('wide') + around,
    desk: sideBySide('desk') + around,
  });
}

/** 1–8 as they are, then steps of a quarter: 10, 12, 14, 16, 20, 24, 28, 32, 40 … */
export function ladderStep(lines: number): number {
  let step = 8;
  while (step < lines) step += 2 ** Math.floor(Math.log2(step)) / 4;
  return lines <= 8 ? lines : step;
}

type Lines = Record<keyof typeof perLine, number>;

const roundUp = ({ narrow, wide, desk }: Lines): Lines => ({
  narrow: ladderStep(narrow),
  wide: ladderStep(wide),
  desk: ladderStep(desk),
});
