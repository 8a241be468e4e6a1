import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { checkAgreement } from './check-agreement';
import { formatFinding } from './format';
import { translationCorrections } from './corrections';
import { prepareReview } from './review';
import { translationReview } from './translation-review';
import { loadTermbase } from './termbase';

/**
 * The translation review on fixture agreements (tests/fixtures/bilingual-review/), each with one
 * planted error of a kind issue 14 lists, and one ("agreeing") where the two sides agree in
 * different wording. The expected findings are written by hand from the fixture texts.
 */
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bilingual-review');
const root = path.join(fixtures, 'agreements');
const termbase = loadTermbase(path.join(fixtures, 'termbase.yaml'));

function findings(...slugs: string[]): string[] {
  const agreements = slugs.map((slug) => readAgreement(slug, root));
  const review = prepareReview(agreements, termbase);
  return agreements.flatMap((a) => checkAgreement(a, review).findings.map(formatFinding));
}

describe('translation review: one planted error of each kind is caught', () => {
  it('a forbidden rendering: "indemnify" as 补偿', () => {
    expect(findings('planted-forbidden-term')).toEqual([
      'planted-forbidden-term clause-1.1: term indemnify: zh lacks 赔偿',
      'planted-forbidden-term clause-1.1: term indemnify: zh uses forbidden 补偿',
    ]);
  });

  it('a defined term rendered two ways: 会员内容, then 成员内容', () => {
    expect(findings('planted-defined-term-two-ways')).toEqual([
      'planted-defined-term-two-ways clause-1.2: defined term Member Content: zh lacks 会员内容',
    ]);
  });

  it('a defined term used bare: "user business data"', () => {
    expect(findings('planted-defined-term-bare')).toEqual([
      'planted-defined-term-bare clause-1.2: defined term 用户业务数据: en uses it bare, not as User Business Data',
    ]);
  });

  it('two defined terms given the same rendering', () => {
    expect(findings('planted-defined-same-rendering')).toEqual([
      'planted-defined-same-rendering clause-1.1: defined term Platform: same rendering as Services (服务)',
    ]);
  });

  it('a changed modality: 应 ("shall") as "may"', () => {
    expect(findings('planted-changed-modality')).toEqual([
      'planted-changed-modality clause-1.1: markers: obligation in zh, permission in en',
    ]);
  });

  it('a dropped negation: "shall not be liable" as 应…承担责任', () => {
    expect(findings('planted-dropped-negation')).toEqual([
      'planted-dropped-negation clause-1.1: markers: negation in en only',
    ]);
  });

  it('a dropped head of damage: "special"', () => {
    expect(findings('planted-dropped-head')).toEqual([
      'planted-dropped-head clause-1.1: exclusion special: en only',
    ]);
  });

  it('an "or" turned into "and": "arising from or relating to" as 产生并与之相关', () => {
    expect(findings('planted-or-to-and')).toEqual([
      'planted-or-to-and clause-1.1: markers: or in en only',
      'planted-or-to-and clause-1.1: exclusion arising from or in connection with: en only',
    ]);
  });

  it('inconsistent boilerplate: one official sentence translated two ways in two agreements', () => {
    expect(findings('planted-boilerplate-a', 'planted-boilerplate-b')).toEqual([
      'planted-boilerplate-b clause-1.1: consistency: zh as in planted-boilerplate-a clause-1.1, en differs',
    ]);
  });

  it('one term rendered two ways: "terminate" as 终止 twice, then 解除 (the termbase allows either)', () => {
    expect(findings('planted-rendering-two-ways')).toEqual([
      'planted-rendering-two-ways clause-1.3: rendering terminate: zh 解除 here, 终止 elsewhere',
    ]);
  });

  it('a capitalised term rendered two ways across agreements: "Service Credit" as 服务抵扣额, then 服务抵用额', () => {
    // No termbase entry: 服务抵扣额 is learned from the three pairs that use it, 服务抵用额 found as its variant.
    expect(findings('planted-rendering-across-a', 'planted-rendering-across-b')).toEqual([
      'planted-rendering-across-b clause-1.2: rendering Service Credit: zh 服务抵用额 here, 服务抵扣额 elsewhere',
    ]);
  });

  it('a dropped sentence', () => {
    // The dropped sentence is 31 of the clause's 63 Chinese characters: fewer sentences, and far shorter.
    expect(findings('planted-dropped-sentence')).toEqual([
      'planted-dropped-sentence clause-1.4: omission: en has 2 sentences, zh has 3 sentences',
      'planted-dropped-sentence clause-1.4: omission: en far shorter than zh',
    ]);
  });
});

describe('meaning markers: one planted error per clause, in both directions', () => {
  it('English official, Chinese translation: each of the eight is caught', () => {
    // 1.1 "solely" dropped, 1.2 "except as required by law" dropped, 1.3 "may" as 应, 1.4 "unless"
    // as 如 ("if"), 1.5 "and" as 或, 1.6 a negation added, 1.7 "if" as 由于 ("because"), 1.8
    // "may not resell" as 可以转售.
    expect(findings('planted-markers-en')).toEqual([
      'planted-markers-en clause-1.1: markers: restriction in en only',
      'planted-markers-en clause-1.2: markers: exception in en only',
      'planted-markers-en clause-1.3: markers: obligation in zh, permission in en',
      'planted-markers-en clause-1.4: markers: exception in en only',
      'planted-markers-en clause-1.5: markers: or in zh only',
      'planted-markers-en clause-1.6: markers: negation in zh only',
      'planted-markers-en clause-1.7: markers: condition in en, cause in zh',
      'planted-markers-en clause-1.8: markers: negation in en only',
    ]);
  });

  it('Chinese official, English translation: four of six are caught', () => {
    // 1.1 有权 as "shall", 1.2 仅 dropped, 1.3 除非 dropped, 1.5 或 as "and" are caught. Missed, as
    // the check is built: 1.4 a double negation made single (不保证…不会 as "guarantees … will
    // not": negation is on both sides), and 1.6 a statement made a condition where the Chinese
    // statement has no word for the check to see (…是…无法避免的 as "where … could not be avoided").
    expect(findings('planted-markers-zh')).toEqual([
      'planted-markers-zh clause-1.1: markers: permission in zh, obligation in en',
      'planted-markers-zh clause-1.2: markers: restriction in zh only',
      'planted-markers-zh clause-1.3: markers: exception in zh only',
      'planted-markers-zh clause-1.5: markers: or in zh only',
    ]);
  });
});

describe('translation review: agreement in different wording passes', () => {
  it('passes meaning markers said in other words: 自行负责 / "solely responsible", …的， / "if", 及 under a negation / "or", 以…为准 / "subject to", 管理不善 / "mismanagement", 不得 / "may not"', () => {
    expect(findings('agreeing-markers')).toEqual([]);
  });

  it('reports nothing on the agreeing fixture', () => {
    expect(findings('agreeing')).toEqual([]);
  });

  it('each boilerplate fixture passes on its own: the finding needs both', () => {
    expect(findings('planted-boilerplate-a')).toEqual([]);
    expect(findings('planted-boilerplate-b')).toEqual([]);
  });

  it('each Service Credit fixture passes on its own: one rendering each', () => {
    expect(findings('planted-rendering-across-a')).toEqual([]);
    expect(findings('planted-rendering-across-b')).toEqual([]);
  });
});

describe('the corrections changelog', () => {
  it('lists the corrections of the reference translation for the review view', () => {
    expect(translationCorrections(readAgreement('agreeing', root))).toEqual([
      {
        slug: 'agreeing',
        language: 'zh',
        id: 'clause-1.3',
        clause: '1.3',
        before: '未经阿里云同意，您可以转让本条款。',
        after: '未经阿里云同意，您不得转让本条款。',
        why: '"may not assign" is a prohibition; 可以 made it a permission.',
        date: '2026-11-30',
      },
    ]);
  });

  it('reports a correction whose wording the clause no longer has', () => {
    expect(findings('planted-stale-correction')).toEqual([
      'planted-stale-correction clause-1.1: correction: after wording not in the clause',
    ]);
  });
});

describe('translationReview', () => {
  it('gives the page model the findings and the changelog of one agreement', () => {
    const library = ['agreeing', 'planted-stale-correction'].map((slug) => readAgreement(slug, root));
    const review = translationReview(library[1], library, termbase);
    expect(review.check.findings.map(formatFinding)).toEqual([
      'planted-stale-correction clause-1.1: correction: after wording not in the clause',
    ]);
    expect(review.corrections.map((c) => `${c.id}: ${c.why}`)).toEqual([
      'clause-1.1: The head "special" was dropped.',
    ]);
  });
});
