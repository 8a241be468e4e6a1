import { describe, expect, it } from 'vitest';
import { isWordOne, parseChineseNumeral, parseEnglishNumber, parseNumber, toHalfWidth } from './numerals';

describe('toHalfWidth', () => {
  it('turns full-width digits, brackets and signs into ASCII and leaves Chinese text alone', () => {
    expect(toHalfWidth('提前１５天（１５ Ｘ２４）１０％')).toBe('提前15天(15 X24)10%');
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['七', 7],
    ['十', 10],
    ['十五', 15],
    ['二十四', 24],
    ['三百六十', 360],
    ['一百零八', 108],
    ['两', 2],
    ['一万', 10000],
  ])('%s → %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('is null for anything else', () => expect(parseChineseNumeral('七天')).toBeNull());
});

describe('parseEnglishNumber', () => {
  it.each([
    ['seven', 7],
    ['Fifteen', 15],
    ['twenty-four', 24],
    ['seventy two', 72],
    ['three hundred and sixty', 360],
    ['one thousand', 1000],
  ])('%s → %d', (text, value) => expect(parseEnglishNumber(text)).toBe(value));

  it('is null for other words', () => expect(parseEnglishNumber('several')).toBeNull());
});

describe('parseNumber', () => {
  it('reads digits with separators, 万 and either language', () => {
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('0.05')).toBe(0.05);
    expect(parseNumber('10万')).toBe(100000);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('twelve')).toBe(12);
  });

  it('knows a word "one" from a digit 1', () => {
    expect(['一', 'one', 'a', 'An'].map(isWordOne)).toEqual([true, true, true, true]);
    expect(isWordOne('1')).toBe(false);
  });
});
