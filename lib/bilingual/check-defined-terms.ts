import type { Agreement } from '../pipeline/types';
import { findDefinedTerms } from '../references/defined-terms';
import type { Pair } from './check-terms';
import type { DefinedTermEntry, Termbase } from './termbase';

/** The defined-term findings of an agreement, by clause ref. */
export type RefFindings = Map<string, string[]>;

/**
 * Defined terms: every term the official text defines (the pipeline finds them) needs one
 * registered rendering in content/termbase.yaml `defined.<slug>`; no two terms share a
 * rendering; and every clause whose official text uses a term has its rendering in the
 * translation — in an English translation with its capitals, since "user business data" in
 * lower case reads as ordinary words ("used bare").
 */
export function checkDefinedTerms(agreement: Agreement, pairs: Pair[], termbase: Termbase): RefFindings {
  const out: RefFindings = new Map();
  const add = (ref: string, text: string) => out.set(ref, [...(out.get(ref) ?? []), text]);
  const entries = termbase.defined[agreement.slug] ?? [];
  const byTerm = new Map(entries.map((entry) => [entry.term, entry]));
  const seen = new Set<string>();
  for (const defined of findDefinedTerms(agreement.official)) {
    if (seen.has(defined.term)) continue;
    seen.add(defined.term);
    if (!byTerm.has(defined.term)) add(defined.ref, `defined term ${defined.term}: no registered rendering`);
  }
  const renderings = new Map<string, string>();
  for (const entry of entries) {
    const other = renderings.get(entry.rendering);
    if (other)
      add(
        firstRef(agreement, entry.term),
        `defined term ${entry.term}: same rendering as ${other} (${entry.rendering})`,
      );
    else renderings.set(entry.rendering, entry.term);
  }
  const definedAt = new Map(findDefinedTerms(agreement.official).map((d) => [d.term, d.ref]));
  for (const pair of pairs) {
    for (const entry of entries) {
      if (entry.definitionOnly && definedAt.get(entry.term) !== pair.ref) continue;
      if (!uses(pair.text[pair.source], entry.term, pair.source)) continue;
      const finding = renderingFinding(pair, entry);
      if (finding) add(pair.ref, finding);
    }
  }
  return out;
}

function renderingFinding(pair: Pair, entry: DefinedTermEntry): string | null {
  const text = pair.text[pair.target];
  if (text.includes(entry.rendering)) return null;
  if (pair.target === 'en' && text.toLowerCase().includes(entry.rendering.toLowerCase())) {
    return `defined term ${entry.term}: en uses it bare, not as ${entry.rendering}`;
  }
  return `defined term ${entry.term}: ${pair.target} lacks ${entry.rendering}`;
}

/** An English defined term is used with its capitals and at word bounds; a Chinese one anywhere. */
function uses(text: string, term: string, language: 'en' | 'zh'): boolean {
  if (language === 'zh') return text.includes(term);
  return new RegExp(`(?<![A-Za-z])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(text);
}

function firstRef(agreement: Agreement, term: string): string {
  return findDefinedTerms(agreement.official).find((d) => d.term === term)?.ref ?? agreement.rows[0].ref;
}
