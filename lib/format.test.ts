import { describe, expect, it } from 'vitest';
import { getT } from './i18n/server';
import { clauseLabel, editionDateText, formatDate } from './format';

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

describe('formatDate and editionDateText: one date format per interface language', () => {
  it.each([
    ['2020-04-02', '2 April 2020', '2020年4月2日'],
    ['2018-03-16', '16 March 2018', '2018年3月16日'],
    ['2019-10', 'October 2019', '2019年10月'],
    ['2016', '2016', '2016年'],
  ])('%s', (iso, english, chinese) => {
    expect(formatDate(iso, 'en')).toBe(english);
    expect(formatDate(iso, 'zh')).toBe(chinese);
  });

  it('names the kind of date, and shows a version that is no date as printed', () => {
    const en = getT('en');
    const zh = getT('zh');
    const version = { kind: 'version', printed: '20200402', date: '2020-04-02' } as const;
    const effective = { kind: 'effective', printed: 'March 16, 2018', date: '2018-03-16' } as const;
    const updated = { kind: 'updated', printed: 'Nov 25, 2016', date: '2016-11-25' } as const;
    expect([version, effective, updated].map((d) => editionDateText(d, 'en', en))).toEqual([
      'Version 2 April 2020',
      'Effective 16 March 2018',
      'Last updated 25 November 2016',
    ]);
    expect([version, effective, updated].map((d) => editionDateText(d, 'zh', zh))).toEqual([
      '2020年4月2日版',
      '2018年3月16日生效',
      '最后更新于2016年11月25日',
    ]);
    expect(editionDateText({ kind: 'version', printed: 'v2.1', date: null }, 'en', en)).toBe('Version v2.1');
  });
});
