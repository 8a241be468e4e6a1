import { describe, expect, it } from 'vitest';
import { isOwnParagraph } from './page-rows';

describe('isOwnParagraph', () => {
  it('treats a later paragraph of the clause as the clause itself', () => {
    expect(isOwnParagraph('11.5.p2', '11.5')).toBe(true);
    expect(isOwnParagraph('11.5', '11.5')).toBe(true);
  });
  it('keeps subclauses, other clauses and look-alikes apart', () => {
    expect(isOwnParagraph('11.5.1', '11.5')).toBe(false);
    expect(isOwnParagraph('11.50', '11.5')).toBe(false);
    expect(isOwnParagraph('11.5.px', '11.5')).toBe(false);
    expect(isOwnParagraph('au-addendum.3', '11.5')).toBe(false);
  });
});
