import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { checkAgreement } from './check-agreement';
import { applyRenderingAcknowledgements } from './rendering-acknowledgements';
import { nearVariant } from './rendering-variants';
import { prepareReview } from './review';
import { bestAssociate, gramCounts, ngrams } from './term-association';
import { capitalisedPhrases } from './term-inventory';
import { loadTermbase } from './termbase';

const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bilingual-review');
const root = path.join(fixtures, 'agreements');
const termbase = loadTermbase(path.join(fixtures, 'termbase.yaml'));

describe('bestAssociate: the rendering a corpus attests for a term', () => {
  // Four units with "Service Credit": three say 服务抵扣额, one 服务抵用额; 服务 is in all four.
  const zh = [
    '服务抵扣额是救济。',
    '阿里云计入服务抵扣额。',
    '申请服务抵扣额。',
    '服务抵用额不可兑换。',
    '您应支付费用。',
  ];
  const grams = zh.map((text) => ngrams(text, 'zh'));

  it('extends the best-scoring fragment (服务) to the rendering most units share', () => {
    expect(bestAssociate([0, 1, 2, 3], grams, gramCounts(grams))).toBe('服务抵扣额');
  });

  it('finds nothing shared by fewer than three units', () => {
    expect(bestAssociate([0, 3], grams, gramCounts(grams))).toBeNull();
  });
});

describe('nearVariant', () => {
  it('finds the same Chinese term said a little differently', () => {
    expect(nearVariant('阿里云平台', '可能不适用于您和/或阿里云主平台。', 'zh')).toBe('阿里云主平台');
    expect(nearVariant('会员内容', '您保留对会员的内容的权利。', 'zh')).toBe('会员的内容');
  });

  it('finds an English capitalised phrase with the same head word', () => {
    expect(nearVariant('Product-Specific Terms', 'as the Specific Terms provide', 'en')).toBe(
      'Specific Terms',
    );
  });

  it('finds nothing in a paraphrase', () => {
    expect(nearVariant('阿里云平台', '我们的网站', 'zh')).toBeNull();
    expect(nearVariant('Product-Specific Terms', 'as the terms of this product provide', 'en')).toBeNull();
  });
});

describe('capitalisedPhrases', () => {
  it('keeps phrases in three units, without a leading article; a company name is no term', () => {
    // "Alibaba Cloud Private Limited" is a name, left out whole; "Alibaba Cloud" alone is in one unit.
    const texts = [
      'The Member Content is yours.',
      'A Member Content item and Alibaba Cloud (Singapore) Private Limited.',
      'Your Member Content stays with Alibaba Cloud Private Limited.',
      'Alibaba Cloud Private Limited.',
    ];
    expect(capitalisedPhrases(texts)).toEqual(['Member Content']);
  });
});

describe('acknowledging a term rendered several ways (content/review/renderings.yaml)', () => {
  const agreement = readAgreement('planted-rendering-two-ways', root);
  const finding = 'rendering terminate: zh 解除 here, 终止 elsewhere';

  it('gives the finding the reason of the entry that lists both renderings', () => {
    const reason = '解除 is rescission after breach.';
    const review = prepareReview([agreement], termbase, [
      { term: 'terminate', renderings: ['终止', '解除'], reason },
    ]);
    expect(checkAgreement(agreement, review).findings.map((f) => [f.text, f.acknowledged])).toEqual([
      [finding, reason],
    ]);
    expect(review.staleRenderings).toEqual([]);
  });

  it('leaves a rendering the entry does not list reported, and reports the entry stale', () => {
    const review = prepareReview([agreement], termbase, [
      { term: 'terminate', renderings: ['终止', '撤销'], reason: 'r' },
      { term: 'suspend', renderings: ['暂停', '中止'], reason: 'r' },
    ]);
    expect(checkAgreement(agreement, review).findings.map((f) => [f.text, f.acknowledged])).toEqual([
      [finding, null],
    ]);
    expect(review.staleRenderings).toEqual([
      'term terminate: 撤销 no longer used',
      'term suspend: no longer rendered several ways',
    ]);
  });

  it('acknowledges nothing with no entries', () => {
    expect(applyRenderingAcknowledgements(prepareReview([agreement], termbase).renderings, [])).toEqual({
      reasons: new Map(),
      stale: [],
    });
  });
});
