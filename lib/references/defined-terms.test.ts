import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { plainTextOf } from './detect-references';
import { findDefinedTerms, glossary } from './defined-terms';
import { findTermUses, markDefinedTerms } from './term-uses';

// A small invented agreement pair that defines terms in every way the real ones do.
const root = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'references', 'agreements');
const agreement = readAgreement('terms', root);
const { en, zh } = agreement.texts as Required<typeof agreement.texts>;

const termsOf = (text: typeof en) => findDefinedTerms(text).map(({ term, ref }) => `${term} @${ref}`);

describe('findDefinedTerms', () => {
  it('finds the English terms from their defining clauses, and no pronouns or quoted phrases', () => {
    expect(termsOf(en)).toEqual([
      'Agreement @preamble.1',
      'Account @preamble.1',
      'Alibaba Cloud @preamble.1',
      'Services @1.1',
      'End User @1.1',
      'confidential information @1.2',
      'Disclosing Party @1.2',
      'user business data @2.1',
    ]);
  });

  it('finds the Chinese terms: 以下简称 (quoted or not), 所称…是指, “…”指 and a section named after its term', () => {
    expect(termsOf(zh)).toEqual([
      '本协议 @preamble.1',
      '账户 @preamble.1',
      '阿里云 @preamble.1',
      '该等行为 @preamble.1',
      '服务 @1.1',
      '最终用户 @1.1',
      '保密信息 @1.2',
      '披露方 @1.2',
      '用户业务数据 @2.1',
    ]);
  });

  it('gives offsets of the term in the defining block and the sentence that defines it', () => {
    const endUser = findDefinedTerms(en).find((t) => t.term === 'End User')!;
    const block = en.blocks.find((b) => b.ref === endUser.ref)!;
    expect(plainTextOf(block.content).slice(endUser.start, endUser.end)).toBe('End User');
    expect(endUser.sentence).toBe('An “End User” is any individual that uses the Services through you.');
    expect(findDefinedTerms(zh).find((t) => t.term === '保密信息')!.sentence).toBe(
      '1.2 本服务条款所称保密信息，是指一方（以下简称“披露方”）的秘密。',
    );
  });
});

describe('glossary', () => {
  it('lists each language text’s terms in that language’s order, with where each is defined', () => {
    const { en: english, zh: chinese } = glossary(agreement);
    expect(english!.map((entry) => entry.term)).toEqual([
      'Account',
      'Agreement',
      'Alibaba Cloud',
      'confidential information',
      'Disclosing Party',
      'End User',
      'Services',
      'user business data',
    ]);
    expect(chinese!.map((entry) => entry.term)[0]).toBe('阿里云');
    expect(chinese!.find((entry) => entry.term === '用户业务数据')!.refs).toEqual(['2.1']);
  });
});

describe('term uses', () => {
  const lastBlock = (text: typeof en) => text.blocks[text.blocks.length - 1];

  it('finds later uses, plurals included, longest term first', () => {
    const block = lastBlock(en);
    const uses = findTermUses(plainTextOf(block.content), findDefinedTerms(en), 'en', block.ref);
    expect(uses.map((use) => `${use.term} @${use.ref}`)).toEqual([
      'user business data @2.1',
      'Services @1.1',
      'End User @1.1',
    ]);
    const text = '阿里云服务由阿里云提供';
    const terms = [
      { term: '阿里云', language: 'zh' as const, ref: 'preamble.1', start: 0, end: 3, sentence: '' },
      { term: '阿里云服务', language: 'zh' as const, ref: '2.1', start: 0, end: 5, sentence: '' },
    ];
    expect(findTermUses(text, terms, 'zh').map((use) => text.slice(use.start, use.end))).toEqual([
      '阿里云服务',
      '阿里云',
    ]);
  });

  it('does not count the defining occurrence as a use', () => {
    const block = en.blocks.find((b) => b.ref === '1.2')!;
    const uses = findTermUses(plainTextOf(block.content), findDefinedTerms(en), 'en', block.ref);
    expect(uses.map((use) => use.term)).not.toContain('Disclosing Party');
  });

  it('marks uses for the renderer and keeps bold around them', () => {
    const block = lastBlock(zh);
    const uses = findTermUses(plainTextOf(block.content), findDefinedTerms(zh), 'zh', block.ref);
    const nodes = markDefinedTerms(block.content, uses);
    const strong = nodes.find((node) => node.type === 'strong')!;
    const marked = 'children' in strong ? strong.children.filter((node) => node.data?.reference) : [];
    expect(marked.map((node) => node.data?.reference)).toEqual([
      { kind: 'defined-term', term: '最终用户', ref: '1.1' },
      { kind: 'defined-term', term: '服务', ref: '1.1' },
    ]);
  });
});
