import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { bilingualGlossary, excerpt } from './glossary';

// tests/fixtures/references/agreements/terms: English official, Chinese translation. The
// renderings are what content/termbase.yaml would register for it, written here by hand.
const root = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'references', 'agreements');
const agreement = readAgreement('terms', root);
const renderings = [
  { term: 'Agreement', rendering: '本协议' },
  { term: 'Account', rendering: '账户' },
  { term: 'Alibaba Cloud', rendering: '阿里云' },
  { term: 'Services', rendering: '服务' },
  { term: 'End User', rendering: '最终用户' },
  { term: 'confidential information', rendering: '保密信息' },
  { term: 'Disclosing Party', rendering: '披露方' },
  { term: 'user business data', rendering: '用户业务数据' },
];

describe('bilingualGlossary', () => {
  const glossary = bilingualGlossary(agreement, renderings);

  it('pairs each defined term with its counterpart, one list per language in that language’s order', () => {
    expect(glossary.en.map((p) => [p.terms.en, p.terms.zh].filter(Boolean).join(' / '))).toEqual([
      'Account / 账户',
      'Agreement / 本协议',
      'Alibaba Cloud / 阿里云',
      'confidential information / 保密信息',
      'Disclosing Party / 披露方',
      'End User / 最终用户',
      'Services / 服务',
      'user business data / 用户业务数据',
      '该等行为',
    ]);
    // By pinyin: a, bao, ben, fu, gai, pi, yong, zhang, zui.
    expect(glossary.zh.map((p) => p.terms.zh)).toEqual([
      '阿里云',
      '保密信息',
      '本协议',
      '服务',
      '该等行为',
      '披露方',
      '用户业务数据',
      '账户',
      '最终用户',
    ]);
  });

  it('gives each language’s defining sentence and where the official text defines it', () => {
    const endUser = glossary.en.find((p) => p.terms.en === 'End User')!;
    expect(endUser).toEqual({
      terms: { en: 'End User', zh: '最终用户' },
      definitions: {
        en: 'An “End User” is any individual that uses the Services through you.',
        zh: '“最终用户”指通过您使用服务的任何个人。',
      },
      excerpts: {
        en: 'An “End User” is any individual that uses the Services through you.',
        zh: '“最终用户”指通过您使用服务的任何个人。',
      },
      refs: ['1.1'],
    });
  });

  it('takes the translation’s sentence that uses the rendering when the translation defines it otherwise', () => {
    const data = glossary.en.find((p) => p.terms.en === 'user business data')!;
    expect(data.definitions.zh).toBe('2.1 您通过服务处理的数据，均为您的用户业务数据。');
    expect(data.refs).toEqual(['2.1']);
  });

  it('keeps a term only the translation defines, alone', () => {
    expect(glossary.zh.find((p) => p.terms.zh === '该等行为')).toEqual({
      terms: { zh: '该等行为' },
      definitions: { zh: expect.stringContaining('以下统称该等行为') },
      excerpts: { zh: expect.stringContaining('以下统称该等行为') },
      refs: ['preamble.1'],
    });
  });
});

describe('excerpt', () => {
  const long =
    'This Sample Agreement, including its addenda and the supplemental terms as published from time to time on the platform (collectively, the “Agreement”), sets forth the terms and conditions that govern your use of the services, your account and every order you place through it.';

  it('keeps a sentence short enough whole', () => {
    expect(excerpt('An “End User” is any individual.', 'End User', 'en')).toBe(
      'An “End User” is any individual.',
    );
  });

  it('cuts a long English sentence at spaces around the defining quote, marking the cuts', () => {
    const cut = excerpt(long, 'Agreement', 'en');
    expect(cut).toMatch(/^….*…$/);
    expect(cut).toContain('on the platform (collectively, the “Agreement”), sets forth the terms');
    expect(cut.length).toBeLessThanOrEqual(222);
    const words = cut.slice(1, -1);
    expect(long).toContain(` ${words} `);
  });

  it('cuts a long Chinese sentence by characters around the term', () => {
    const zh = '甲'.repeat(150) + '“本协议”' + '乙'.repeat(150);
    const cut = excerpt(zh, '本协议', 'zh');
    expect(cut).toBe(`…${'甲'.repeat(53)}“本协议”${'乙'.repeat(52)}…`);
  });
});
