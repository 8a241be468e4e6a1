import type { Difference, Figure, FigureGroup } from './types';

/** The order in which a clause's differences are reported. */
export const figureGroups: FigureGroup[] = [
  'period',
  'rate',
  'amount',
  'service hours',
  'reference',
  'entity',
];

/**
 * What the two language versions of one clause state differently, group by group. Figures are
 * compared as sets of keys: "7日 … 第7日" and "7 days" agree, as do "七日" and "seven days";
 * how often a figure recurs is left to the reader of the clause. A group differs when a figure that is not weak lacks its match on the other side;
 * its difference then lists every unmatched figure of the group on each side
 * (zh 7 days, 24 hours / en 5 days, 24 hours → "zh has 7 days, en has 5 days").
 */
export function comparePair(zh: Figure[], en: Figure[]): Difference[] {
  const differences: Difference[] = [];
  for (const group of figureGroups) {
    const zhOnly = unmatched(zh, en, group);
    const enOnly = unmatched(en, zh, group);
    if (![...zhOnly, ...enOnly].some((figure) => !figure.weak)) continue;
    differences.push({ group, zh: labels(zhOnly), en: labels(enOnly) });
  }
  return differences;
}

function unmatched(side: Figure[], other: Figure[], group: FigureGroup): Figure[] {
  const keys = new Set(other.filter((figure) => figure.group === group).map((figure) => figure.key));
  return side.filter((figure) => figure.group === group && !keys.has(figure.key));
}

function labels(figures: Figure[]): string[] {
  return [...new Set(figures.map((figure) => figure.label))];
}
