import { describe, expect, it } from 'vitest';
import { getT } from './i18n/server';
import { clauseLabel } from './format';

describe('clauseLabel', () => {
  const en = getT('en');
  const zh = getT('zh');
  it.each([
    ['11.5', 'main', 'clause', 'clause 11.5', '第11.5条'],
    ['3.2.g.i', 'main', 'item', 'clause 3.2(g)(i)', '第3.2(g)(i)条'],
    ['10.p2', 'main', 'paragraph', 'clause 10, paragraph 2', '第10条第2段'],
    ['eu-addendum.7', 'eu-addendum', 'clause', 'clause 7', '第7条'],
    ['eu-addendum.p1', 'eu-addendum', 'paragraph', 'paragraph 1', '第1段'],
    ['preamble.1', 'preamble', 'paragraph', 'paragraph 1', '第1段'],
    ['specific.16.1.3', 'specific', 'clause', 'clause 16.1.3', '第16.1.3条'],
  ] as const)('%s', (ref, part, kind, english, chinese) => {
    expect(clauseLabel(ref, part, kind, en)).toBe(english);
    expect(clauseLabel(ref, part, kind, zh)).toBe(chinese);
  });
});
