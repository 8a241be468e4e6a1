import { agreementSlugs } from '../agreements';
import { agreementPage } from '../page/agreement-page';
import { agreementRegions, loadRegions } from '../regions/load-regions';
import { clauseKey, compareTexts } from './compare';
import { foldRuns } from './fold';
import type { ComparedClause, Comparison, DiffPart, Side } from './types';

/**
 * The comparisons the site publishes, computed once per process (once per build) from the page
 * models. Every pair is unordered: the reverse order is the same comparison with its sides
 * swapped (`a` on the left is the one the URL names first).
 */

// Publications pair a clause with the same id only when its words are alike (a renumbered
// publication gives clause 4.5 to another clause), and other clauses when they are more alike
// still; one agreement in two regions has one numbering, so the same id is the same clause.
const publications = { sameRef: 0.5, similar: 0.6 };
const regions = { sameRef: 0, similar: 0.6 };

/** Two publications share their terms when at least this share of the shorter one's clauses pair. */
export const sharedFrom = 0.5;

/**
 * Two publications of the same terms repeat much of their text word for word: the Mini Program
 * Cloud and MaxCompute terms 88 % of the shorter one's clause texts (each language, numbers
 * aside), any other two of the five at most 16 %. Pairs below this share are not compared at
 * all: a comparison costs about 0.16 s, and the pairs grow with the square of the agreements.
 */
export const repeatedFrom = 0.25;

const cache = new Map<string, Comparison>();

function cached(key: string, make: () => Comparison): Comparison {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

/** Two agreements' printed texts compared; null for an unknown slug or the same one twice. */
export function compareAgreements(a: string, b: string): Comparison | null {
  const slugs = agreementSlugs();
  if (a === b || !slugs.includes(a) || !slugs.includes(b)) return null;
  const [first, second] = [a, b].sort();
  const comparison = cached(`${first}|${second}`, () =>
    compareTexts(agreementPage(first)!, agreementPage(second)!, publications),
  );
  return first === a ? comparison : swapSides(comparison);
}

/** Whether two agreements are publications of the same terms: most clauses of one are in the other. */
export function sharesTerms(comparison: Comparison): boolean {
  const { same, changed, qualified } = comparison.counts;
  const paired = same + changed + qualified;
  const shorter = Math.min(paired + comparison.counts['only-a'], paired + comparison.counts['only-b']);
  return shorter > 0 && paired / shorter >= sharedFrom;
}

/** A comparison of two publications that share their terms; null for any other pair (a 404). */
export function publicationComparison(a: string, b: string): Comparison | null {
  if (!repeatsText(a, b)) return null;
  const comparison = compareAgreements(a, b);
  return comparison && sharesTerms(comparison) ? comparison : null;
}

/** Every pair of publications that share their terms, the longer one first. */
export function publicationPairs(): [string, string][] {
  const slugs = agreementSlugs();
  return slugs.flatMap((a, i) =>
    slugs.slice(i + 1).flatMap((b): [string, string][] => {
      const comparison = publicationComparison(a, b);
      if (!comparison) return [];
      return [clauseCount(comparison, 'a') >= clauseCount(comparison, 'b') ? [a, b] : [b, a]];
    }),
  );
}

const textsCache = new Map<string, Set<string>>();

/** An agreement's clause texts, each language's on its own, without the leading clause number. */
function clauseTexts(slug: string): Set<string> {
  if (!textsCache.has(slug)) {
    const page = agreementPage(slug);
    const rows = page ? page.parts.flatMap((part) => part.rows) : [];
    const plain = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/^\s*[\d.]+\s*/, '')
        .replace(/\s+/g, ' ')
        .trim();
    textsCache.set(
      slug,
      new Set(rows.flatMap((row) => page!.languages.map((l) => `${l}:${plain(row.cells[l] ?? '')}`))),
    );
  }
  return textsCache.get(slug)!;
}

/** Whether two agreements repeat at least `repeatedFrom` of the shorter one's clause texts. */
export function repeatsText(a: string, b: string): boolean {
  const [x, y] = [clauseTexts(a), clauseTexts(b)];
  let shared = 0;
  for (const text of x) if (y.has(text)) shared++;
  return shared >= repeatedFrom * Math.min(x.size, y.size) && shared > 0;
}

/** The agreements whose terms an agreement shares, for links from its page. */
export function publicationsSharing(slug: string): string[] {
  return publicationPairs().flatMap(([a, b]) => (a === slug ? [b] : b === slug ? [a] : []));
}

/** One agreement in two of its regions; null unless both regions apply and differ (a 404). */
export function regionComparison(slug: string, a: string, b: string): Comparison | null {
  const entry = agreementRegions(slug, loadRegions().data);
  if (!entry || a === b || !entry.regions.includes(a) || !entry.regions.includes(b)) return null;
  const [first, second] = entry.regions.indexOf(a) < entry.regions.indexOf(b) ? [a, b] : [b, a];
  const comparison = cached(`${slug}/${first}|${second}`, () =>
    compareTexts(agreementPage(slug, first)!, agreementPage(slug, second)!, regions),
  );
  return first === a ? comparison : swapSides(comparison);
}

/** Every pair of an agreement's regions, in regions.yaml order (intl before eu). */
export function regionPairs(slug: string): [string, string][] {
  const keys = agreementRegions(slug, loadRegions().data)?.regions ?? [];
  return keys.flatMap((a, i) => keys.slice(i + 1).map((b): [string, string] => [a, b]));
}

function clauseCount(comparison: Comparison, side: 'a' | 'b'): number {
  const { same, changed, qualified } = comparison.counts;
  return same + changed + qualified + comparison.counts[side === 'a' ? 'only-a' : 'only-b'];
}

/** The same comparison read from the other side: b on the left, what only b has is removed. */
export function swapSides(comparison: Comparison): Comparison {
  const clauses = comparison.runs.flatMap((run) => run.clauses).map(swapClause);
  return {
    ...comparison,
    a: comparison.b,
    b: comparison.a,
    runs: foldRuns(clauses),
    counts: {
      ...comparison.counts,
      'only-a': comparison.counts['only-b'],
      'only-b': comparison.counts['only-a'],
    },
    card: comparison.card?.map((row) => ({ ...row, a: row.b, b: row.a })) ?? null,
    addenda: comparison.addenda && { a: comparison.addenda.b, b: comparison.addenda.a },
  };
}

const otherKind = { same: 'same', removed: 'added', added: 'removed' } as const;
const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

function swapClause(clause: ComparedClause): ComparedClause {
  const flip = (paragraphs: DiffPart[][]) =>
    paragraphs.map((parts) => parts.map((part) => ({ ...part, kind: otherKind[part.kind] })));
  return {
    ...clause,
    key: clauseKey(clause.b, clause.a),
    status: clause.status === 'only-a' ? 'only-b' : clause.status === 'only-b' ? 'only-a' : clause.status,
    a: clause.b,
    b: clause.a,
    texts: Object.fromEntries(
      Object.entries(clause.texts).map(([language, diff]) => [
        language,
        { a: flip(diff.b), b: flip(diff.a), differs: diff.differs },
      ]),
    ),
    items: clause.items.map((item) => ({ ...item, side: otherSide(item.side) })),
  };
}
