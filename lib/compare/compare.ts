import type { AgreementPage, PageRow } from '../page/types';
import type { Language } from '../pipeline/types';
import { alignUnits, type AlignOptions } from './align';
import { cardRows } from './card';
import { diffText, oneSided } from './diff-text';
import { foldRuns } from './fold';
import { cellText } from './text';
import type {
  ClauseSide,
  ClauseStatus,
  ComparedClause,
  ComparedSide,
  Comparison,
  ItemEffect,
  TextDiff,
} from './types';
import { clauseUnits, type ClauseUnit } from './units';

// Addendum effects that leave the words as printed: the item's own words say what changes.
const qualifying = new Set(['annotate', 'entity', 'whole-addendum', 'definitions']);

/**
 * Two page models compared clause by clause: two publications of the same terms, or one
 * agreement in two regions. The stages, in order: rows into clause units (a clause with its
 * unnumbered paragraphs, or with the rows a replacement covers); units aligned (by id, then by
 * their words); each pair's words diffed per language and its addendum items set against the
 * other side's; identical clauses and long one-sided stretches grouped to fold.
 */
export function compareTexts(pageA: AgreementPage, pageB: AgreementPage, options: AlignOptions): Comparison {
  const rowsA = pageA.parts.flatMap((part) => part.rows);
  const rowsB = pageB.parts.flatMap((part) => part.rows);
  const groups = replacedGroups([...rowsA, ...rowsB]);
  const aligned = alignUnits(clauseUnits(rowsA, groups), clauseUnits(rowsB, groups), options);
  const regional = pageA.slug === pageB.slug && pageA.region?.key !== pageB.region?.key;
  const languages = pageA.languages.filter((language) => pageB.languages.includes(language));
  const clauses = aligned.map(([a, b]) =>
    comparedClause(a, b, languages, { a: rowById(rowsA), b: rowById(rowsB) }),
  );
  const counts: Record<ClauseStatus, number> = {
    same: 0,
    changed: 0,
    qualified: 0,
    'only-a': 0,
    'only-b': 0,
  };
  for (const clause of clauses) counts[clause.status]++;
  return {
    a: comparedSide(pageA, regional),
    b: comparedSide(pageB, regional),
    languages,
    runs: foldRuns(clauses),
    counts,
    card: regional ? cardRows(pageA.region!.card, pageB.region!.card) : null,
    addenda: regional ? { a: pageA.region!.addenda, b: pageB.region!.addenda } : null,
  };
}

/** The rows a replaced clause covers belong to its unit, on both sides: "10.a" → "10". */
function replacedGroups(rows: PageRow[]): Map<string, string> {
  const groups = new Map<string, string>();
  for (const row of rows)
    for (const original of row.region.original ?? [])
      if (original.id !== row.id) groups.set(original.id.replace(/^clause-/, ''), row.ref);
  return groups;
}

const rowById = (rows: PageRow[]) => new Map(rows.map((row) => [row.id, row]));

function comparedClause(
  a: ClauseUnit | null,
  b: ClauseUnit | null,
  languages: Language[],
  rows: { a: Map<string, PageRow>; b: Map<string, PageRow> },
): ComparedClause {
  const texts: Partial<Record<Language, TextDiff>> = {};
  for (const language of languages) {
    const left = a?.texts[language];
    const right = b?.texts[language];
    if (left === undefined && right === undefined) continue;
    texts[language] =
      a && b
        ? diffText(left ?? '', right ?? '', language)
        : { a: a ? oneSided(left!, 'removed') : [], b: b ? oneSided(right!, 'added') : [], differs: true };
  }
  const differsIn = languages.filter((language) => texts[language]?.differs);
  const items = differingItems(effectsOf(a, 'a', rows.a), effectsOf(b, 'b', rows.b));
  const status: ClauseStatus = !a
    ? 'only-b'
    : !b
      ? 'only-a'
      : differsIn.length > 0
        ? 'changed'
        : items.length > 0
          ? 'qualified'
          : 'same';
  return {
    key: clauseKey(a, b),
    status,
    a: a && clauseSide(a),
    b: b && clauseSide(b),
    texts,
    differsIn,
    items,
  };
}

/** A compared clause's anchor: the left side's clause id, or the right side's marked as its own. */
export function clauseKey(a: { ref: string } | null, b: { ref: string } | null): string {
  return a ? `clause-${a.ref}` : `only-b-${b!.ref}`;
}

function clauseSide(unit: ClauseUnit): ClauseSide {
  const first = unit.rows[0];
  return { ref: unit.ref, part: first.part, kind: first.kind, ids: unit.rows.map((row) => row.id) };
}

/** The addendum items that act on a clause's rows on one side, with the words a reader needs. */
function effectsOf(unit: ClauseUnit | null, side: 'a' | 'b', rows: Map<string, PageRow>): ItemEffect[] {
  return (unit?.rows ?? []).flatMap((row) =>
    row.region.marks.map((mark): ItemEffect => {
      const effect: ItemEffect = { side, item: mark.item, itemId: mark.itemId, kind: mark.kind };
      const item = rows.get(mark.itemId);
      if (qualifying.has(mark.kind) && item) effect.text = plainCells(item.cells);
      if (mark.kind === 'conditional-replace' && row.region.condition && row.region.replacement) {
        effect.condition = row.region.condition;
        effect.replacement = plainCells(row.region.replacement);
      }
      return effect;
    }),
  );
}

/** Items one side has and the other has not (the same item on both sides makes no difference). */
function differingItems(a: ItemEffect[], b: ItemEffect[]): ItemEffect[] {
  const key = (effect: ItemEffect) => `${effect.item} ${effect.kind}`;
  const inA = new Set(a.map(key));
  const inB = new Set(b.map(key));
  const unique = (effects: ItemEffect[]) =>
    effects.filter((e, i) => effects.findIndex((f) => key(f) === key(e)) === i);
  return [...unique(a).filter((e) => !inB.has(key(e))), ...unique(b).filter((e) => !inA.has(key(e)))];
}

function plainCells(cells: Partial<Record<Language, string>>): Partial<Record<Language, string>> {
  return Object.fromEntries(Object.entries(cells).map(([language, html]) => [language, cellText(html)]));
}

function comparedSide(page: AgreementPage, regional: boolean): ComparedSide {
  return {
    slug: page.slug,
    region: regional ? page.region!.key : null,
    regionName: regional ? page.region!.card.name : null,
    official: page.official,
    texts: Object.fromEntries(
      Object.entries(page.texts).map(([language, text]) => [
        language,
        { title: text.title, meta: text.meta },
      ]),
    ),
    parts: Object.fromEntries(page.parts.map((part) => [part.id, part.titles])),
  };
}
