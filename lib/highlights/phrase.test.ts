import { describe, expect, it } from 'vitest';
import { compilePhrase, matchedPhrase } from './phrase';

const first = (phrase: string, text: string, language: 'en' | 'zh' = 'en') => {
  const match = compilePhrase(phrase, language).exec(text);
  return match ? matchedPhrase(match) : null;
};

describe('compilePhrase', () => {
  it('matches English words whole, in any case and spacing', () => {
    expect(first('shall not be liable', 'It SHALL NOT\n be liable.')).toBe('SHALL NOT be liable');
    expect(first('clear … data', 'cleared the data')).toBeNull();
  });

  it('reads {a|b} as a choice and an empty choice as optional', () => {
    expect(first('{shall|will} not be {held |}liable', 'will not be held liable')).toBe(
      'will not be held liable',
    );
    expect(first('{shall|will} not be {held |}liable', 'shall not be liable')).toBe('shall not be liable');
  });

  it('lets "…" span a few words and "……" the rest of the sentence, never a full stop', () => {
    expect(first('liability … exceed', 'liability for losses shall not exceed')).toBe('liability … exceed');
    expect(first('liability … exceed', `liability ${'x'.repeat(50)} exceed`)).toBeNull();
    expect(first('liability …… exceed', `liability ${'x'.repeat(50)} exceed`)).toBe('liability … exceed');
    expect(first('liability …… exceed', 'liability is ours. Fees exceed')).toBeNull();
  });

  it('shows a gap of a word or two as written', () => {
    expect(first('delete … data', 'Alibaba Cloud will delete your data')).toBe('delete your data');
    expect(first('将…删除', '数据将被删除', 'zh')).toBe('将被删除');
  });

  it('does not let a Chinese "…" cross a comma', () => {
    expect(first('不对…负责', '阿里云不对此负责', 'zh')).toBe('不对此负责');
    expect(first('不对…负责', '阿里云不对，您负责', 'zh')).toBeNull();
  });

  it('escapes what regular expressions would read as syntax', () => {
    expect(first('within one (1) year', 'must be filed within one (1) year')).toBe('within one (1) year');
  });
});
