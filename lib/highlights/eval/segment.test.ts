import { describe, expect, it } from 'vitest';
import { plainWords, segmentTerms } from './segment';

// Invented terms in Open Terms Archive's Markdown shape; the real corpus is read only by
// `npm run eval:highlights`.
const markdown = `Terms of Service
================

**Welcome.** These Terms are an agreement with [Example](https://example.com).

8\\. Limitation of liability
---------------------------

WE DO NOT REPRESENT OR WARRANT TO YOU:

(1) THAT THE SERVICES WILL MEET YOUR REQUIREMENTS;
(2) THAT THE SERVICES WILL BE UNINTERRUPTED.

Except as stated above, we won't be responsible for:

*   the following liabilities:
    
*   loss of profits

Data. We may delete inactive accounts.

*   An item after a paragraph that introduces nothing`;

describe('segmentTerms', () => {
  const units = segmentTerms(markdown);

  it('leaves out headings and reduces Markdown to words', () => {
    expect(units[0]).toEqual({ index: 0, text: 'Welcome. These Terms are an agreement with Example.' });
    expect(units.map((u) => u.text)).not.toContain('Terms of Service');
    expect(plainWords('8\\. **Bold** [link](x)')).toBe('8. Bold link');
  });

  it('cuts numbered items "(1)" on consecutive lines into units read with their lead-in', () => {
    expect(units[2]).toEqual({
      index: 2,
      text: '(1) THAT THE SERVICES WILL MEET YOUR REQUIREMENTS;',
      leadIn: 'WE DO NOT REPRESENT OR WARRANT TO YOU:',
    });
    expect(units[3].leadIn).toBe('WE DO NOT REPRESENT OR WARRANT TO YOU:');
  });

  it('takes an item that ends with a colon as the lead-in of the items after it', () => {
    const loss = units.find((u) => u.text === 'loss of profits')!;
    expect(loss.leadIn).toBe('the following liabilities:');
  });

  it('gives no lead-in after a paragraph that does not end with a colon', () => {
    const last = units[units.length - 1];
    expect(last.text).toBe('An item after a paragraph that introduces nothing');
    expect(last.leadIn).toBeUndefined();
  });

  it('numbers units in reading order, as the labels refer to them', () => {
    expect(units.map((u) => u.index)).toEqual(units.map((_, i) => i));
  });
});
