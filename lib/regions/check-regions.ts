import type { Agreement } from '../pipeline/types';
import { ContentError } from '../content/content-error';
import { checkFacts } from './check-facts';
import { readRegions, regionsFile, type LoadedRegions } from './load-regions';
import { checkParties } from './party';
import { resolveEffects } from './resolve-effects';

/**
 * Everything the content check verifies about content/regions.yaml, as errors located at the
 * line of regions.yaml that is wrong: the schema; every agreement has an entry and every entry an
 * agreement; regions, default region and effects name known regions that apply to the
 * agreement; every effect ties to an addendum item and clauses that exist (the error names the
 * item); every numbered item of an addendum that has effects is listed, so none is forgotten;
 * and every fact is quoted from the clauses it cites (check-facts.ts).
 */
export function checkRegions(agreements: Agreement[], file = regionsFile): ContentError[] {
  let loaded: LoadedRegions;
  try {
    loaded = readRegions(file);
  } catch (error) {
    if (error instanceof ContentError) return [error];
    throw error;
  }
  const errors: ContentError[] = [];
  const error: Report = (where, problem) =>
    errors.push(
      new ContentError(loaded.file, typeof where === 'number' ? where : loaded.lineOf(where), problem),
    );
  const slugs = new Set(Object.keys(loaded.data.agreements));
  const parties = new Set(Object.keys(loaded.data.parties ?? {}));
  for (const agreement of agreements) {
    if (!slugs.has(agreement.slug) && !parties.has(agreement.slug))
      error(
        ['agreements'],
        `agreement ${agreement.slug} has no entry; add one under agreements (regions) or under parties (one contracting party, or party: not-researched)`,
      );
  }
  for (const { path, problem } of checkParties(agreements, loaded)) error(path, problem);
  for (const slug of slugs) {
    const agreement = agreements.find((a) => a.slug === slug);
    if (!agreement) error(['agreements', slug], `agreement ${slug} does not exist`);
    else checkEntry(agreement, loaded, error);
  }
  checkConditionals(loaded, error);
  return [...errors, ...checkFacts(agreements, loaded)];
}

type Path = (string | number)[];
type Report = (where: Path | number, problem: string) => void;

function checkEntry(agreement: Agreement, loaded: LoadedRegions, error: Report): void {
  const slug = agreement.slug;
  const entry = loaded.data.agreements[slug];
  const at = (...path: Path) => ['agreements', slug, ...path];
  const known = (key: string) => Object.hasOwn(loaded.data.regions, key);
  entry.regions.forEach((key, i) => known(key) || error(at('regions', i), `unknown region ${key}`));
  const applies = (key: string) => entry.regions.includes(key);
  if (!applies(entry.default))
    error(at('default'), `default region ${entry.default} is not among its regions`);
  for (const key of Object.keys(entry.terms ?? {})) {
    if (!applies(key)) error(at('terms', key), `terms for region ${key}, which is not among its regions`);
  }
  entry.effects?.forEach((effect, i) => {
    if (applies(effect.region)) return;
    error(
      at('effects', i, 'region'),
      `${effect.item} (${effect.kind}): region ${effect.region} is not among its regions`,
    );
  });
  for (const { line, problem } of resolveEffects(agreement, loaded).problems) error(line, problem);
  checkCoverage(agreement, loaded, error);
}

/**
 * Every numbered item of an addendum that has effects is listed: "1." to "7." of the Europe
 * Addendum, each with what it does, so that a forgotten item is an error and not a silent gap.
 */
function checkCoverage(agreement: Agreement, loaded: LoadedRegions, error: Report): void {
  const effects = loaded.data.agreements[agreement.slug].effects ?? [];
  const listed = new Set(effects.map((effect) => effect.item));
  const rows = new Map(agreement.rows.map((row) => [row.ref, row]));
  const parts = new Set(effects.map((effect) => rows.get(effect.item)?.part).filter((part) => part));
  for (const row of agreement.rows) {
    const block = row.blocks[agreement.official.language];
    if (!parts.has(row.part) || row.kind !== 'clause' || block?.parent !== null || listed.has(row.ref))
      continue;
    error(['agreements', agreement.slug, 'effects'], `addendum item ${row.ref} has no effect listed`);
  }
}

/** A region's conditional terms name a conditional-replace effect of that region. */
function checkConditionals(loaded: LoadedRegions, error: Report): void {
  const effects = Object.values(loaded.data.agreements).flatMap((entry) => entry.effects ?? []);
  for (const [key, region] of Object.entries(loaded.data.regions)) {
    region.conditional?.forEach(({ item }, i) => {
      if (effects.some((e) => e.item === item && e.region === key && e.kind === 'conditional-replace'))
        return;
      error(
        ['regions', key, 'conditional', i, 'item'],
        `${item} is no conditional-replace effect of region ${key}`,
      );
    });
  }
}
