import { describe, expect, it } from 'vitest';
import { agreementSlugs, readAgreement } from '../agreements';
import { checkFidelity } from './fidelity';
import { plainText } from './plain-text';
import { readSource } from './sources';

describe('fidelity: every official text is its source (content/sources/) but for the listed repairs', () => {
  for (const slug of agreementSlugs()) {
    it(slug, () => {
      const { official } = readAgreement(slug);
      const seed = readSource(official.meta.source);
      const result = checkFidelity(seed, official.body, official.meta.repairs ?? []);
      expect(result).toEqual({ ok: true });
    });
  }
});

describe('checkFidelity', () => {
  const seed = 'Document Center\n\n1.1. You shall pay the fees within 7 days.\n';
  const chrome = [{ kind: 'removed' as const, lines: '1', note: 'chrome' }];

  it('accepts re-wrapping and Markdown markup', () => {
    expect(checkFidelity(seed, '1.1. You shall pay\nthe **fees** within 7 days.\n', chrome)).toEqual({ ok: true });
  });

  it('catches a changed figure that no repair lists', () => {
    const result = checkFidelity(seed, '1.1. You shall pay the fees within 10 days.\n', chrome);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.contentContext).toContain('⟦10days');
  });

  it('accepts a listed replacement, and only that', () => {
    const repairs = [...chrome, { kind: 'replaced' as const, source: '1.1.', content: '2.1.', note: 'renumbered' }];
    expect(checkFidelity(seed, '2.1. You shall pay the fees within 7 days.', repairs)).toEqual({ ok: true });
  });

  it('strips markup, escapes and white space but keeps clause numbers', () => {
    expect(plainText('## 3. Member\n\n- (a) “**Agreement**” \\[x\\] [link](https://a.b) <https://c.d>\n---\n')).toBe('3.Member(a)“Agreement”[x]linkhttps://c.d');
  });
});
