import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { ContentError } from '../content/content-error';
import { backReferences } from './back-references';
import { checkReferences } from './check-references';

// tests/fixtures/references/agreements-broken/sample: "Clause 3.4" / "第3.4条" and "第2.9条" point
// nowhere; "as a new Clause 1.3" / "作为新的第1.3条" declares its own target.
const root = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'references', 'agreements-broken');

describe('checkReferences', () => {
  const errors = checkReferences(readAgreement('sample', root));

  it('reports each missing target with file, line and the missing clause', () => {
    expect(errors.every((error) => error instanceof ContentError)).toBe(true);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /sample\/en\.md:19: reference "Clause 3\.4" in clause-1\.2 points to clause-3\.4, which does not exist/,
      ),
      expect.stringMatching(
        /sample\/zh\.md:18: reference "第3\.4条" in clause-1\.2 points to clause-3\.4, which does not exist/,
      ),
      expect.stringMatching(
        /sample\/zh\.md:24: reference "第2\.9条" in clause-2\.2 points to clause-2\.9, which does not exist/,
      ),
    ]);
  });

  it('excepts a target the text declares new, wherever it is cited', () => {
    expect(errors.map((error) => error.problem).join('\n')).not.toContain('clause-1.3');
  });

  it('passes the fixture agreement whose references all resolve', () => {
    const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'agreements');
    expect(checkReferences(readAgreement('sample', fixtures))).toEqual([]);
  });
});

describe('backReferences', () => {
  it('maps each target to the blocks citing it, per language', () => {
    const citing = backReferences(readAgreement('sample', root));
    expect(citing['1.2']).toEqual({ en: ['1.1'], zh: ['1.1'] });
    expect(citing['1.3']).toEqual({ en: ['2.1'], zh: ['2.1'] });
    expect(citing['2']).toEqual({ en: ['2.1'], zh: ['2.1'] });
  });
});
