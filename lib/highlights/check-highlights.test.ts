import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { checkHighlights } from './check-highlights';

const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'agreements');

describe('checkHighlights', () => {
  it('passes an agreement without corrections', () => {
    expect(checkHighlights(readAgreement('sample', fixtures))).toEqual([]);
  });

  it('reports a correction for a clause that does not exist, with its file', () => {
    const agreement = readAgreement('sample', fixtures);
    agreement.texts.en!.meta.highlights = [
      { clause: '9.9', tag: 'liability', action: 'add', reason: 'test' },
    ];
    const errors = checkHighlights(agreement);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/sample\/en\.md:\d+: .*9\.9/);
  });

  it('reports a correction that changes nothing', () => {
    const agreement = readAgreement('sample', fixtures);
    agreement.texts.en!.meta.highlights = [
      { clause: '1.2', tag: 'liability', action: 'remove', reason: 'test' },
    ];
    expect(checkHighlights(agreement).map((e) => e.problem)).toEqual([
      'highlights: the remove of liability on 1.2 changes nothing (the rules already agree); remove it',
    ]);
  });
});
