import { plainText } from './plain-text';
import type { Repair } from './front-matter';

export type FidelityResult =
  | { ok: true }
  | { ok: false; message: string; seedContext: string; contentContext: string };

/** Parses "1-12" or "7" into the inclusive range of seed line numbers it names. */
function lineRange(spec: string): [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!match) throw new Error(`lines "${spec}" is not "N" or "N-M"`);
  const first = Number(match[1]);
  return [first, match[2] ? Number(match[2]) : first];
}

/**
 * The seed's text as the official content file must read once every listed repair is applied:
 * removed and moved line ranges are dropped, removed patterns deleted, then each replacement made
 * once, in the order listed. Everything is compared as plain text without white space, so
 * re-wrapping, re-nesting and joining paragraphs need no replacement — only a listing.
 */
export function expectedText(seed: string, repairs: readonly Repair[]): string {
  const dropped = new Set<number>();
  for (const repair of repairs) {
    if ((repair.kind === 'removed' || repair.kind === 'moved') && repair.lines) {
      const [first, last] = lineRange(repair.lines);
      for (let n = first; n <= last; n++) dropped.add(n);
    }
  }
  let text = seed
    .split('\n')
    .filter((_, index) => !dropped.has(index + 1))
    .join('\n');
  for (const repair of repairs) {
    if (repair.kind === 'removed' && repair.pattern) {
      text = text.replace(new RegExp(repair.pattern, 'g'), '');
    }
  }
  let plain = plainText(text);
  for (const repair of repairs) {
    if (repair.kind !== 'replaced') continue;
    const from = plainText(repair.source ?? '');
    const to = plainText(repair.content ?? '');
    const at = plain.indexOf(from);
    if (from === '' || at < 0) {
      throw new Error(`replaced repair (${repair.clause ?? 'document'}): source text not found in seed`);
    }
    plain = plain.slice(0, at) + to + plain.slice(at + from.length);
  }
  return plain;
}

/** Compares a content body with its seed; on a difference, shows both sides around it. */
export function checkFidelity(seed: string, body: string, repairs: readonly Repair[]): FidelityResult {
  const expected = expectedText(seed, repairs);
  const actual = plainText(body);
  if (expected === actual) return { ok: true };
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 60), at) + '⟦' + s.slice(at, at + 60);
  return {
    ok: false,
    message: `content differs from the seed after ${at} characters (of ${expected.length})`,
    seedContext: around(expected),
    contentContext: around(actual),
  };
}
