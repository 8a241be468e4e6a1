import type { Agreement } from '../pipeline/types';
import { ContentError } from '../content/content-error';
import { languages } from '../pipeline/types';
import { containsQuote, plainOf } from './addendum-text';
import type { LoadedRegions } from './load-regions';
import { notStated, type Courts, type Fact, type Quote } from './schema';

/**
 * Proves every fact of regions.yaml is the agreements' own words: each quote must appear, in
 * English and in Chinese, in each clause its `source` names ("membership-agreement#13.9"), and
 * a stated jurisdiction must be printed there ("exclusive jurisdiction", "专属管辖"). Then each
 * agreement's entity card must be traceable to that agreement: every fact it shows is quoted
 * from one of its own clauses, or is `not-stated`.
 */

type Path = (string | number)[];
interface FactAt {
  path: Path;
  fact: Fact | Courts;
}

/** How the agreements print a jurisdiction; "not-stated" means neither phrase is there. */
const jurisdictionPhrases = {
  exclusive: { en: /(?<!non-)exclusive jurisdiction/i, zh: /(?<!非)专属管辖/ },
  'non-exclusive': { en: /non-exclusive jurisdiction/i, zh: /非专属管辖/ },
};

const cardFields = ['who', 'entity.name', 'entity.registration', 'entity.address', 'law', 'courts', 'notice'];

export function checkFacts(agreements: Agreement[], loaded: LoadedRegions): ContentError[] {
  const bySlug = new Map(agreements.map((agreement) => [agreement.slug, agreement]));
  const problems: { path: Path; problem: string }[] = [];
  for (const { path, fact } of factsOf(loaded)) {
    if (fact === notStated) continue;
    for (const source of fact.source) {
      for (const problem of quoteProblems(fact, source, bySlug)) problems.push({ path, problem });
    }
  }
  for (const [slug, entry] of Object.entries(loaded.data.agreements)) {
    for (const key of entry.regions) {
      const region = loaded.data.regions[key];
      if (!region) continue;
      const own: Record<string, Fact | Courts | undefined> = entry.terms?.[key] ?? {};
      for (const field of cardFields) {
        const [head, tail] = field.split('.');
        const fact = own[field] ?? (tail ? region.entity[tail as 'name'] : region[head as 'who']);
        if (fact === notStated || fact.source.some((s) => s.startsWith(`${slug}#`))) continue;
        const path = own[field]
          ? ['agreements', slug, 'terms', key, field]
          : ['regions', key, ...field.split('.')];
        problems.push({
          path,
          problem: `${field} of ${key} is shown for ${slug} but quoted from none of its clauses`,
        });
      }
    }
  }
  return problems.map(({ path, problem }) => new ContentError(loaded.file, loaded.lineOf(path), problem));
}

function factsOf({ data }: LoadedRegions): FactAt[] {
  const facts: FactAt[] = [];
  for (const [key, region] of Object.entries(data.regions)) {
    const at = (fact: Fact | Courts, ...path: Path) => facts.push({ path: ['regions', key, ...path], fact });
    at(region.who, 'who');
    for (const field of ['name', 'registration', 'address'] as const)
      at(region.entity[field], 'entity', field);
    for (const field of ['law', 'courts', 'notice'] as const) at(region[field], field);
    region.conditional?.forEach((terms, i) => {
      at(terms.law, 'conditional', i, 'law');
      at(terms.courts, 'conditional', i, 'courts');
    });
  }
  for (const [slug, entry] of Object.entries(data.agreements)) {
    for (const [key, terms] of Object.entries(entry.terms ?? {})) {
      for (const [field, fact] of Object.entries(terms)) {
        if (fact) facts.push({ path: ['agreements', slug, 'terms', key, field], fact });
      }
    }
  }
  return facts;
}

function quoteProblems(
  fact: Quote & { jurisdiction?: string },
  source: string,
  bySlug: Map<string, Agreement>,
) {
  const [slug, ref] = source.split('#');
  const agreement = bySlug.get(slug);
  if (!agreement) return [`source ${source} names agreement ${slug}, which does not exist`];
  const row = agreement.rows.find((r) => r.ref === ref);
  if (!row) return [`source ${source} names clause ${ref}, which does not exist`];
  const problems: string[] = [];
  for (const language of languages) {
    const block = row.blocks[language];
    if (!block) continue;
    const text = plainOf(block);
    if (!containsQuote(text, fact[language]))
      problems.push(`"${fact[language]}" is not in ${source} (${language})`);
    const stated = Object.entries(jurisdictionPhrases).find(([, phrases]) =>
      phrases[language].test(text),
    )?.[0];
    if (fact.jurisdiction && (stated ?? notStated) !== fact.jurisdiction) {
      problems.push(
        `jurisdiction is ${fact.jurisdiction} but ${source} (${language}) says ${stated ?? notStated}`,
      );
    }
  }
  return problems;
}
