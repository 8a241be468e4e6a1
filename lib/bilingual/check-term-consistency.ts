import type { Language } from '../pipeline/types';
import type { LibraryPair } from './check-consistency';
import { nearVariant } from './rendering-variants';
import { alignedUnits, type TermUnit } from './sentences';
import { sourceTerms, type SourceTerm } from './term-inventory';
import type { Termbase } from './termbase';

/** A source term that the translations render two ways or more, and the pairs using each. */
export interface TermRenderings {
  key: string;
  kind: SourceTerm['kind'];
  source: Language;
  target: Language;
  /** Most used first (the preferred rendering first on a tie); pairs as "slug clause-ref". */
  uses: { rendering: string; pairs: string[] }[];
}

/**
 * The one rendering a unit gives a term: the term's renderings the translation has (a found
 * rendering inside a longer found one, 间接 in 间接后果, is the longer one), or for a phrase
 * (a defined or capitalised term) its near variant. Null when there are none or several: a
 * unit with two renderings may render two source words, and one with none paraphrased it.
 */
function renderingOf(term: SourceTerm, unit: TermUnit): string | null {
  const target: Language = term.source === 'en' ? 'zh' : 'en';
  const found = term.renderings
    .filter((r) => r.test(unit.text[target], unit.text[term.source]))
    .map((r) => r.label);
  const distinct = found.filter((a) => !found.some((b) => b !== a && b.includes(a)));
  if (distinct.length === 1) return distinct[0];
  if (distinct.length > 1 || term.kind === 'termbase') return null;
  return nearVariant(term.renderings[0].label, unit.text[target], target);
}

/**
 * Consistency of terms across the library: for every source term (term-inventory.ts), the
 * rendering each aligned unit that has it gives it; a term given two renderings or more —
 * within an agreement or across agreements — is reported with the pairs that use each.
 */
export function termRenderings(units: TermUnit[], terms: SourceTerm[]): TermRenderings[] {
  const out: TermRenderings[] = [];
  for (const term of terms) {
    const longer = term.kind === 'termbase' ? [] : longerTerms(term, terms);
    const pairs = new Map<string, Set<string>>();
    for (const unit of units) {
      if (unit.source !== term.source) continue;
      if (!term.occurs(longer.reduce((text, key) => text.split(key).join(' '), unit.text[term.source])))
        continue;
      const rendering = renderingOf(term, unit);
      if (!rendering) continue;
      pairs.set(rendering, (pairs.get(rendering) ?? new Set()).add(`${unit.slug} clause-${unit.ref}`));
    }
    if (pairs.size < 2) continue;
    const order = term.renderings.map((r) => r.label);
    const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
    const uses = [...pairs]
      .map(([rendering, set]) => ({ rendering, pairs: [...set] }))
      .sort((a, b) => b.pairs.length - a.pairs.length || rank(a.rendering) - rank(b.rendering));
    out.push({
      key: term.key,
      kind: term.kind,
      source: term.source,
      target: term.source === 'en' ? 'zh' : 'en',
      uses,
    });
  }
  return out;
}

// "Agreement" inside "Membership Agreement" is the longer term (本会员协议), not this one.
function longerTerms(term: SourceTerm, terms: SourceTerm[]): string[] {
  return terms
    .filter(
      (t) =>
        t.kind !== 'termbase' && t.source === term.source && t.key !== term.key && t.key.includes(term.key),
    )
    .map((t) => t.key);
}

/**
 * The findings, by "slug ref": each pair that uses a rendering other than the term's most used
 * one, "rendering representation: zh 声明 here, 陈述 elsewhere".
 */
export function renderingFindings(groups: TermRenderings[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    const [main, ...others] = group.uses;
    for (const use of others) {
      const text = renderingFinding(group, use.rendering, main.rendering);
      for (const pair of use.pairs) {
        const key = pair.replace(' clause-', ' ');
        if (!out.get(key)?.includes(text)) out.set(key, [...(out.get(key) ?? []), text]);
      }
    }
  }
  return out;
}

export function renderingFinding(group: TermRenderings, rendering: string, main: string): string {
  return `rendering ${group.key}: ${group.target} ${rendering} here, ${main} elsewhere`;
}

/** The check across the library: the terms rendered several ways, and the findings by "slug ref". */
export function checkTermConsistency(
  pairs: LibraryPair[],
  termbase: Termbase,
): { groups: TermRenderings[]; findings: Map<string, string[]> } {
  const units = pairs.flatMap(alignedUnits);
  const sourceOf = new Map(pairs.map((pair) => [pair.slug, pair.source]));
  const groups = termRenderings(units, sourceTerms(termbase, units, sourceOf));
  return { groups, findings: renderingFindings(groups) };
}
