import { describe, expect, it } from 'vitest';
import { excerptParts, onlyStubMatches } from '../islands/search-excerpt';

// Pagefind excerpts as the search page receives them: plain text with < and > escaped, the
// matching words in <mark>.
describe('excerptParts', () => {
  it('splits text and marked words', () => {
    expect(excerptParts('阿里云将<mark>删除</mark>您的<mark>数据</mark>')).toEqual([
      { text: '阿里云将', marked: false },
      { text: '删除', marked: true },
      { text: '您的', marked: false },
      { text: '数据', marked: true },
    ]);
  });

  it('markup in a clause stays text: only <mark> is read as a mark', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>delete</mark> &lt;/mark&gt;')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'delete', marked: true },
      { text: ' </mark>', marked: false },
    ]);
  });
});

describe('onlyStubMatches', () => {
  const parts = (excerpt: string) => excerptParts(excerpt);
  it('a list letter matched for a longer word is a fallback match', () => {
    expect(onlyStubMatches(parts('(<mark>d</mark>) 您有权就条款订立合同；'), 'deletion')).toBe(true);
    expect(onlyStubMatches(parts('(<mark>l</mark>) 以意图规避相关费用'), 'liability cap')).toBe(true);
  });

  it('a real match stays: a word, a stem, a number, a Chinese word, a letter asked for', () => {
    expect(onlyStubMatches(parts('Once <mark>deleted,</mark> User Business Data'), 'deletion')).toBe(false);
    expect(onlyStubMatches(parts('<mark>11.5</mark> Save only'), '11.5')).toBe(false);
    expect(onlyStubMatches(parts('阿里云将<mark>删除</mark>'), '删除')).toBe(false);
    expect(onlyStubMatches(parts('(<mark>d</mark>) 您有权'), 'd')).toBe(false);
    expect(onlyStubMatches(parts('(<mark>d</mark>) you <mark>delete</mark>'), 'delete')).toBe(false);
  });
});
