import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  additionMarkers,
  mentionsClause,
  numbered,
  plainOf,
  printedRef,
  replacementMarkers,
  splitAfter,
  substitute,
} from './addendum-text';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });

describe('addendum text', () => {
  it('prints refs as the agreements cite them', () => {
    expect(printedRef('9.1.g')).toBe('9.1(g)');
    expect(printedRef('3.2.g.i')).toBe('3.2(g)(i)');
    expect(printedRef('13.9')).toBe('13.9');
  });

  it('finds a clause named in English or Chinese, not a longer number', () => {
    expect(mentionsClause('Clauses 11.5 shall be replaced', '11.5')).toBe(true);
    expect(mentionsClause('第13.9条应替换为以下内容', '13.9')).toBe(true);
    expect(mentionsClause('以下内容应作为新的第9.1(g)条', '9.1.g')).toBe(true);
    expect(mentionsClause('Clause 11.55 shall', '11.5')).toBe(false);
    expect(mentionsClause('Clause 1.10 shall', '10')).toBe(false);
  });

  it('splits after the replacement marker, keeping formatting after it', () => {
    const en = splitAfter(
      [
        text('Clause 10 shall be replaced by the following: Indemnification. You '),
        strong('will'),
        text(' pay.'),
      ],
      replacementMarkers.en,
    )!;
    expect(en.lead).toBe('Clause 10 shall be replaced by the following: ');
    expect(plainOf(en.rest)).toBe('Indemnification. You will pay.');
    expect(en.rest[1].type).toBe('strong');
    const zh = splitAfter([text('第10条应替换为以下内容：赔偿。您将赔偿。')], replacementMarkers.zh)!;
    expect(plainOf(zh.rest)).toBe('赔偿。您将赔偿。');
  });

  it('splits after the addition marker in both languages, and says so when there is none', () => {
    const en = splitAfter(
      [text('The following shall be added to the Agreement as a new Clause 9.1(g): You will.')],
      additionMarkers.en,
    );
    expect(plainOf(en!.rest)).toBe('You will.');
    const zh = splitAfter([text('以下内容应作为新的第9.1(g)条增加至本协议：您将。')], additionMarkers.zh);
    expect(plainOf(zh!.rest)).toBe('您将。');
    expect(splitAfter([text('Clause 10 applies.')], replacementMarkers.en)).toBeNull();
  });

  it('substitutes words in one text node and numbers content like a clause', () => {
    const content = [text('13.7 … under the Act (Cap. 53 B) to enforce')];
    expect(plainOf(substitute(content, 'the Act (Cap. 53 B)', 'the Act 1999')!)).toBe(
      '13.7 … under the Act 1999 to enforce',
    );
    expect(substitute(content, 'the Act 2002', 'x')).toBeNull();
    expect(plainOf(numbered('(g)', [text('您将。')]))).toBe('(g) 您将。');
  });
});
