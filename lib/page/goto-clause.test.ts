import { describe, expect, it } from 'vitest';
import { clauseRefOf, resolveClause } from './goto-clause';

describe('clauseRefOf', () => {
  it.each([
    ['11.5', '11.5'],
    ['clause 11.5', '11.5'],
    ['Clause 11.5.', '11.5'],
    ['Section 3', '3'],
    ['§ 2.6', '2.6'],
    ['第11.5条', '11.5'],
    ['第 13.9 条', '13.9'],
    ['１１．５', '11.5'],
    ['9.1(g)', '9.1.g'],
    ['clause 3.2(g)(i)', '3.2.g.i'],
    ['specific 16.1.3', 'specific.16.1.3'],
    ['specific.16.1.3', 'specific.16.1.3'],
    ['eu addendum 1', 'eu-addendum.1'],
    ['eu-addendum.1', 'eu-addendum.1'],
    ['#clause-13.9', '13.9'],
    ['preamble 2', 'preamble.2'],
  ])('%s → %s', (input, ref) => {
    expect(clauseRefOf(input)).toBe(ref);
  });

  it.each(['', 'liability', '违约金', 'clause', '11.5 and 11.6'])('%s names no clause', (input) => {
    expect(clauseRefOf(input)).toBeNull();
  });
});

describe('resolveClause', () => {
  const refs = ['1', '11.5', '11.5.p2', 'specific.16.1.3', 'eu-addendum.1', 'au-addendum.1'];

  it('finds a clause by its own number', () => {
    expect(resolveClause('clause 11.5', refs)).toBe('11.5');
  });
  it('finds the one clause of another part with that number', () => {
    expect(resolveClause('16.1.3', refs)).toBe('specific.16.1.3');
  });
  it('does not guess between two parts with the same number', () => {
    expect(resolveClause('1', ['eu-addendum.1', 'au-addendum.1'])).toBeNull();
  });
  it('answers null for a clause the text lacks', () => {
    expect(resolveClause('99.9', refs)).toBeNull();
  });
});
