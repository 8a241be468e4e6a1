import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementSlugs, readAgreement } from '../agreements';
import { checkRegions } from './check-regions';
import { readRegions } from './load-regions';
import { agreementScope } from './party';

// Two one-language agreements outside the billing-address model (tests/fixtures/parties/): one
// names its single contracting party, the other's facts are not yet researched.
const dir = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'parties');
const root = path.join(dir, 'agreements');
const agreements = agreementSlugs(root).map((slug) => readAgreement(slug, root));
const file = path.join(dir, 'regions.yaml');

function variant(from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'parties-')), 'regions.yaml');
  writeFileSync(copy, text.replace(from, to));
  return checkRegions(agreements, copy).map((e) => `${e.line}: ${e.problem}`);
}

describe('agreements with one contracting party or unresearched facts', () => {
  it('load as one-language agreements with one row per clause and nothing in the other language', () => {
    const [onePartyAgreement] = agreements;
    expect(onePartyAgreement.rows.map((r) => r.id)).toEqual(['clause-preamble.1', 'clause-1', 'clause-1.1']);
    expect(onePartyAgreement.rows.every((r) => Object.keys(r.blocks).join() === 'en')).toBe(true);
  });

  it('pass the regions check', () => {
    expect(checkRegions(agreements, file).map((e) => e.message)).toEqual([]);
  });

  it('give the page the party the agreement names, or say the facts are not researched', () => {
    const { data } = readRegions(file);
    expect(agreementScope('one-party', data)).toEqual({
      kind: 'single-party',
      card: {
        party: { en: 'Example Ireland, Limited', source: ['preamble.1'] },
        law: { en: 'the laws of Ireland', source: ['1.1'] },
        courts: null,
        notice: null,
      },
    });
    expect(agreementScope('unresearched', data)).toEqual({ kind: 'not-researched' });
    expect(agreementScope('nowhere', data)).toBeNull();
  });

  it('reject a party quote that is not the agreement’s words, at its line', () => {
    expect(variant("'Example Ireland, Limited'", "'Example Europe, Limited'")).toEqual([
      '6: "Example Europe, Limited" is not in one-party#preamble.1 (en)',
    ]);
  });

  it('reject an agreement with no entry, naming both ways to add one', () => {
    const problems = variant('  unresearched:\n    party: not-researched\n', '');
    expect(problems).toEqual([
      expect.stringMatching(
        /agreement unresearched has no entry; add one under agreements \(regions\) or under parties/,
      ),
    ]);
  });
});
