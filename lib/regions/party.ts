import type { Agreement } from '../pipeline/types';
import { languages } from '../pipeline/types';
import { containsQuote, plainOf } from './addendum-text';
import type { LoadedRegions } from './load-regions';
import { notResearched, notStated, type AgreementParty, type PartyQuote, type RegionsFile } from './schema';

/**
 * Agreements outside the billing-address model (`parties` in regions.yaml): one contracting party
 * for all customers, quoted from the agreement, or facts not yet researched. The page shows the
 * party the agreement names, or says the facts are not yet recorded; no region is invented.
 */

/** How an agreement binds its customers: by region, through one party, or not yet known. */
export type AgreementScope =
  { kind: 'regions' } | { kind: 'single-party'; card: PartyCard } | { kind: 'not-researched' };

/** Words quoted from the agreement in the languages it has, and the clauses they come from. */
export interface PartyFact {
  en?: string;
  zh?: string;
  /** Clause refs of this agreement: ["preamble.2"]. */
  source: string[];
}

export interface PartyCard {
  party: PartyFact;
  /** null: the agreement does not state it. */
  law: PartyFact | null;
  courts: PartyFact | null;
  notice: PartyFact | null;
}

/** The agreement's scope for the page; null for a slug regions.yaml does not list. */
export function agreementScope(slug: string, data: RegionsFile): AgreementScope | null {
  if (Object.hasOwn(data.agreements, slug)) return { kind: 'regions' };
  const entry = data.parties && Object.hasOwn(data.parties, slug) ? data.parties[slug] : null;
  if (!entry) return null;
  if (entry.party === notResearched) return { kind: 'not-researched' };
  const fact = (value: PartyQuote | typeof notStated | undefined) =>
    !value || value === notStated ? null : partyFact(slug, value);
  return {
    kind: 'single-party',
    card: {
      party: partyFact(slug, entry.party),
      law: fact(entry.law),
      courts: fact(entry.courts),
      notice: fact(entry.notice),
    },
  };
}

function partyFact(slug: string, quote: PartyQuote): PartyFact {
  const prefix = `${slug}#`;
  return {
    ...(quote.en ? { en: quote.en } : {}),
    ...(quote.zh ? { zh: quote.zh } : {}),
    source: quote.source.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length)),
  };
}

/**
 * Each quote of a `parties` entry is the agreement's own words: found in every clause it cites,
 * in each language the clause has; and cited from the agreement itself.
 */
export function checkParties(
  agreements: Agreement[],
  loaded: LoadedRegions,
): { path: (string | number)[]; problem: string }[] {
  const problems: { path: (string | number)[]; problem: string }[] = [];
  for (const [slug, entry] of Object.entries(loaded.data.parties ?? {})) {
    const agreement = agreements.find((a) => a.slug === slug);
    if (!agreement) {
      problems.push({ path: ['parties', slug], problem: `agreement ${slug} does not exist` });
      continue;
    }
    if (Object.hasOwn(loaded.data.agreements, slug)) {
      problems.push({
        path: ['parties', slug],
        problem: `${slug} is listed under agreements too; keep one entry (regions or one party)`,
      });
    }
    for (const field of ['party', 'law', 'courts', 'notice'] as const) {
      const value = entry[field as keyof AgreementParty];
      if (!value || value === notStated || value === notResearched) continue;
      const path = ['parties', slug, field];
      for (const problem of quoteProblems(agreement, value)) problems.push({ path, problem });
    }
  }
  return problems;
}

function quoteProblems(agreement: Agreement, quote: PartyQuote): string[] {
  const problems: string[] = [];
  for (const source of quote.source) {
    const [slug, ref] = source.split('#');
    if (slug !== agreement.slug) {
      problems.push(`source ${source} is not a clause of ${agreement.slug}; quote the agreement's own words`);
      continue;
    }
    const row = agreement.rows.find((r) => r.ref === ref);
    if (!row) {
      problems.push(`source ${source} names clause ${ref}, which does not exist`);
      continue;
    }
    for (const language of languages) {
      const block = row.blocks[language];
      if (!block) continue;
      const words = quote[language];
      if (!words) problems.push(`${source} has a ${language} text: give the ${language} words too`);
      else if (!containsQuote(plainOf(block), words))
        problems.push(`"${words}" is not in ${source} (${language})`);
    }
  }
  return problems;
}
