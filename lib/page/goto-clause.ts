/**
 * What a reader types into "Go to clause", made into the clause ref it names: "11.5",
 * "clause 11.5", "Clause 9.1(g)", "第11.5条", "１１．５", "specific 16.1.3", "eu addendum 1",
 * "#clause-13.9". Shared by the go-to route (no JavaScript) and the page's island.
 */
export function clauseRefOf(input: string): string | null {
  let text = input.normalize('NFKC').trim().toLowerCase();
  text = text.replace(/^#?clause-/, '');
  // Chinese: 第11.5条 / 第 11.5 款 / 第十一条 is not handled (numbers only).
  text = text.replace(/^第\s*/, '').replace(/\s*[条款项]$/, '');
  // English: "clause", "section", "article", "art.", "§", "cl." and a trailing full stop.
  text = text.replace(/^(?:clause|section|article|art\.?|cl\.?|§)\s*/, '').replace(/\.$/, '');
  // 9.1(g)(ii) → 9.1.g.ii
  text = text.replace(/\(([a-z0-9]+)\)/g, '.$1').replace(/\.{2,}/g, '.');
  const match = /^(?:([a-z][a-z-]*(?:\s+[a-z][a-z-]*)*)\s*[\s.-]\s*)?(\d+(?:\.[a-z0-9]+)*)$/.exec(text);
  if (!match) return null;
  const [, part, number] = match;
  return part ? `${part.trim().replace(/\s+/g, '-')}.${number}` : number;
}

/**
 * The row id the reader means, given the refs the page has: the ref itself; else the one clause
 * in another part with that number ("16.1.3" → "specific.16.1.3") when there is exactly one;
 * else null (the page's missing-clause notice explains an id it lacks).
 */
export function resolveClause(input: string, refs: readonly string[]): string | null {
  const ref = clauseRefOf(input);
  if (!ref) return null;
  if (refs.includes(ref)) return ref;
  const inParts = refs.filter(
    (candidate) => candidate.endsWith(`.${ref}`) && /^[a-z-]+$/.test(candidate.slice(0, -ref.length - 1)),
  );
  return inParts.length === 1 ? inParts[0] : null;
}
