import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { checkFidelity } from '../content/fidelity';
import { parseAgreementText } from '../pipeline/parse-agreement-text';
import { readSource } from '../content/sources';
import type { Language } from '../pipeline/types';
import { importSource } from './import-source';

// The importer on small invented sources of each shape (tests/fixtures/import/, expectations in
// expected.json written by hand from the sources), then on the five captured sources against
// the clause ids of their content files. Every draft must pass the fidelity check with the
// repairs it lists and parse as content.

const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'import');

interface Expected {
  language: Language;
  shape: string;
  meta: Record<string, string>;
  parts: string[];
  ids: string[];
  flags: [number, string][];
  replaced: [string, string][];
  joined?: number;
  split?: string[];
  removed?: string[];
}

const expected: Record<string, Expected> = JSON.parse(
  readFileSync(path.join(fixtures, 'expected.json'), 'utf8'),
);

function draft(text: string, source: string, slug: string, language: Language) {
  const result = importSource(text, { source, slug, language });
  const parsed = parseAgreementText(slug, language, `${slug}/${language}.md`, result.markdown);
  const fidelity = checkFidelity(text, parsed.body, parsed.meta.repairs ?? []);
  return { result, parsed, fidelity };
}

describe('importSource on one fixture per source shape', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const { result, parsed, fidelity } = draft(
        readFileSync(path.join(fixtures, file), 'utf8'),
        file,
        'example',
        want.language,
      );
      expect(fidelity).toEqual({ ok: true });
      expect(result.shape).toBe(want.shape);
      expect(result.meta).toEqual(want.meta);
      expect(parsed.meta.parts.map((p) => p.id)).toEqual(want.parts);
      expect(parsed.blocks.map((b) => b.ref)).toEqual(want.ids);
      expect(result.flags.map((f) => f.line)).toEqual(want.flags.map(([line]) => line));
      result.flags.forEach((flag, i) => expect(flag.problem).toContain(want.flags[i][1]));
      const replaced = result.repairs.filter((r) => r.kind === 'replaced');
      expect(
        replaced.map((r) => [
          r.source!.slice(0, want.replaced[replaced.indexOf(r)]?.[0].length),
          r.content!.slice(0, want.replaced[replaced.indexOf(r)]?.[1].length),
        ]),
      ).toEqual(want.replaced);
      expect(result.repairs.filter((r) => r.kind === 'joined')).toHaveLength(want.joined ?? 0);
      expect(result.repairs.filter((r) => r.kind === 'split').map((r) => r.clause)).toEqual(want.split ?? []);
      if (want.removed)
        expect(result.repairs.filter((r) => r.kind === 'removed').map((r) => r.lines)).toEqual(want.removed);
    });
  }
});

// What the importer must flag in each real source: the decisions its content file records.
const real: Record<string, { flags: [number, string][] }> = {
  'mns-terms': {
    flags: [15, 25, 57, 73, 81, 91, 107, 123, 129, 135].map((line) => [
      line,
      'the heading is numbered 1. but the clauses under it are',
    ]),
  },
  'membership-agreement': { flags: [[151, 'joined to the clause before it']] },
  'mini-program-cloud-terms': { flags: [] },
  'support-plan-terms': { flags: [[188, 'clause number 10.2 is used twice; the second is written 10.3']] },
  'maxcompute-terms': { flags: [] },
};

describe('importSource on the five captured sources reproduces their content files’ clause ids', () => {
  for (const [slug, want] of Object.entries(real)) {
    it(slug, () => {
      const { official } = readAgreement(slug);
      const { result, parsed, fidelity } = draft(
        readSource(official.meta.source),
        official.meta.source,
        slug,
        official.language,
      );
      expect(fidelity).toEqual({ ok: true });
      expect(parsed.blocks.map((b) => b.ref)).toEqual(official.blocks.map((b) => b.ref));
      expect(parsed.meta.parts).toEqual(official.meta.parts);
      expect(result.flags.map((f) => [f.line, f.problem.slice(0, want.flags[0]?.[1].length ?? 0)])).toEqual(
        want.flags.map(([line, words]) => [line, words]),
      );
    });
  }
});
