import { loadAgreement } from '../agreements';
import { translationReview } from '../bilingual/translation-review';
import { classifyAgreement, tagCounts } from '../highlights/classify-agreement';
import { productTimelines } from '../highlights/timeline';
import { backReferences } from '../references/back-references';
import { loadTermbase, type Termbase } from '../bilingual/termbase';
import { bilingualGlossary } from '../references/glossary';
import { consolidate, regionRows } from '../regions/consolidate';
import type { RegionRow } from '../regions/apply-effects';
import { agreementRegions, loadRegions, type LoadedRegions } from '../regions/load-regions';
import { agreementScope } from '../regions/party';
import { viewAgreement } from '../regions/view-agreement';
import { languages, type Agreement } from '../pipeline/types';
import { highlightEntries, pageParts } from './page-rows';
import { pageReview } from './page-review';
import { pageText } from './page-text';
import type { AgreementPage, PageRegion } from './types';

const cache = new Map<string, AgreementPage>();

/**
 * The one model of an agreement page: `agreementPage('membership-agreement', 'eu')`, or the
 * default region without one. null when the agreement or the region does not exist (a 404).
 * Computed once per agreement and region per process; both interface languages render it.
 *
 * The stages, in order, and why:
 *   1. the agreement (lib/agreements): both texts parsed, aligned by clause id, references
 *      linked and defined-term uses marked — every later stage reads the aligned rows;
 *   2. the region (lib/regions): addenda applied to the rows, entity card, what changes — before
 *      the analysis, so that a replaced or added clause is judged on its own words;
 *   3. highlights and back-references on the rows as the region reads them; the translation
 *      review (figures, terms, consistency across the library) and its changelog, deletion
 *      timelines and the glossary (paired by content/termbase.yaml) on the printed text, which
 *      is what they describe;
 *   4. rendering (page-rows, page-text): clause HTML, marks, notes and height estimates per row.
 */
export function agreementPage(slug: string, region?: string): AgreementPage | null {
  const key = `${slug}/${region ?? ''}`;
  if (!cache.has(key)) {
    const agreement = loadAgreement(slug);
    const page = agreement && buildAgreementPage(agreement, loadRegions(), region);
    if (!page) return null;
    cache.set(key, page);
  }
  return cache.get(key)!;
}

/** Stages 2–4 for an agreement already read (stage 1), with the regions file given. */
export function buildAgreementPage(
  agreement: Agreement,
  loaded: LoadedRegions,
  region?: string,
): AgreementPage | null {
  const slug = agreement.slug;
  const regions = loaded.data;
  const entry = agreementRegions(slug, regions);
  const scope = entry ? null : agreementScope(slug, regions);
  // An agreement outside the billing-address model has one page, its printed text.
  if (!entry && (!scope || region)) return null;
  const view = entry ? consolidate(agreement, region ?? entry.default, loaded) : null;
  if (entry && !view) return null;
  const rows: RegionRow[] =
    view?.rows ?? agreement.rows.map((row) => ({ ...row, status: 'original', marks: [] }));

  const shown = !view || view.isDefault ? agreement : viewAgreement(agreement, rows);
  const printedHighlights = classifyAgreement(agreement);
  const highlights = shown === agreement ? printedHighlights : classifyAgreement(shown);
  const citing = backReferences(shown);
  const { check: review, corrections, coverage } = translationReview(agreement);

  const available = languages.filter((language) => agreement.texts[language]);
  const regionModel: PageRegion | null =
    entry && view
      ? {
          key: view.region,
          isDefault: view.isDefault,
          options: entry.regions.map((r) => ({
            key: r,
            name: regions.regions[r]?.name ?? { en: r, zh: r },
            path: r === entry.default ? '' : `/${r}`,
          })),
          card: view.card,
          addenda: view.addenda,
          changes: view.changes,
          elsewhere: elsewhere(agreement, loaded, entry.regions, view.region, rows),
        }
      : null;
  return {
    slug,
    kind: agreement.official.meta.kind ?? null,
    official: agreement.official.language,
    languages: [agreement.official.language, ...available.filter((l) => l !== agreement.official.language)],
    texts: Object.fromEntries(available.map((l) => [l, pageText(agreement.texts[l]!)])),
    scope: entry ? 'regions' : scope!.kind === 'single-party' ? 'single-party' : 'not-researched',
    region: regionModel,
    party: scope?.kind === 'single-party' ? scope.card : null,
    parts: pageParts({
      agreement,
      rows,
      highlights,
      citing,
      findings: review.findings,
      corrections,
    }),
    review: pageReview(review.pairs, review.findings, coverage, corrections, new Set(rows.map((r) => r.id))),
    repairs: agreement.official.meta.repairs ?? [],
    highlights: { counts: tagCounts(highlights), clauses: highlightEntries(highlights, shown) },
    timelines: timelinesOf(agreement, printedHighlights),
    glossary: bilingualGlossary(agreement, termbase().defined[slug] ?? []),
  };
}

let loadedTermbase: Termbase | null = null;
const termbase = () => (loadedTermbase ??= loadTermbase());

function timelinesOf(agreement: Agreement, highlights: ReturnType<typeof classifyAgreement>) {
  return Object.fromEntries(
    languages
      .filter((language) => agreement.texts[language])
      .map((language) => [language, productTimelines(agreement, highlights, language)]),
  );
}

/** For each clause the other regions have and this one lacks, the regions that have it. */
function elsewhere(
  agreement: Agreement,
  loaded: LoadedRegions,
  regions: string[],
  region: string,
  rows: RegionRow[],
): Record<string, string[]> {
  const here = new Set(rows.map((row) => row.ref));
  const out: Record<string, string[]> = {};
  for (const other of regions.filter((r) => r !== region))
    for (const row of regionRows(agreement, other, loaded).rows)
      if (!here.has(row.ref)) (out[row.ref] ??= []).push(other);
  return out;
}
