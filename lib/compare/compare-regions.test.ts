import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { buildAgreementPage } from '../page/agreement-page';
import { readRegions } from '../regions/load-regions';
import { compareTexts } from './compare';
import type { Comparison } from './types';

// One agreement in two regions: the fixture agreement and regions file of the region tests
// (tests/fixtures/regions), whose addenda have every kind of effect. Expectations are read off
// regions.yaml and the agreement by hand.
const root = path.join('tests', 'fixtures', 'regions');
const membership = readAgreement('sample-membership', path.join(root, 'agreements'));
const regions = readRegions(path.join(root, 'regions.yaml'));
// The page models are built once (the translation review in them reads the whole library).
const pages = Object.fromEntries(
  ['intl', 'eu', 'au'].map((region) => [region, buildAgreementPage(membership, regions, region)!]),
);
const compare = (a: string, b: string) => compareTexts(pages[a], pages[b], { sameRef: 0, similar: 0.6 });

/** Each clause that differs: refs, status, and the items behind it with their side and kind. */
const differences = (comparison: Comparison) =>
  comparison.runs
    .flatMap((run) => run.clauses)
    .filter((clause) => clause.status !== 'same')
    .map((clause) => [
      clause.a?.ref ?? null,
      clause.b?.ref ?? null,
      clause.status,
      clause.items.map((effect) => `${effect.side} ${effect.item} ${effect.kind}`),
    ]);

describe('compareTexts: one agreement in two regions', () => {
  it('International and Europe: each difference with the Europe Addendum item that makes it', () => {
    const comparison = compare('intl', 'eu');
    expect(differences(comparison)).toEqual([
      ['preamble.1', 'preamble.1', 'qualified', ['b eu-addendum.1 entity']],
      ['1.1', '1.1', 'qualified', ['b eu-addendum.1 entity']],
      [null, '2.1.c', 'only-b', ['b eu-addendum.3 add']],
      ['3', '3', 'qualified', ['b eu-addendum.4 annotate']],
      ['4', '4', 'qualified', ['b eu-addendum.4 annotate']],
      ['5.1', '5.1', 'qualified', ['b eu-addendum.1 entity']],
      ['5.2', '5.2', 'changed', ['b eu-addendum.5 modify-reference']],
      ['5.3', '5.3', 'changed', ['b eu-addendum.6 replace']],
      ['gdpr-addendum.1', 'gdpr-addendum.1', 'qualified', ['b eu-addendum.2 whole-addendum']],
    ]);
    expect(comparison.counts).toEqual({ same: 26, changed: 2, qualified: 6, 'only-a': 0, 'only-b': 1 });
  });

  it('a qualification carries the item’s own words; a modified reference is marked word by word', () => {
    const clauses = compare('intl', 'eu').runs.flatMap((run) => run.clauses);
    const three = clauses.find((clause) => clause.a?.ref === '3')!;
    expect(three.items[0].text).toEqual({
      en: 'The restrictions in Clauses 3 and 4 shall apply to the fullest extent permitted by law.',
      zh: '本协议第3条和第4条中的限制应在法律允许的最大范围内适用。',
    });
    const reference = clauses.find((clause) => clause.a?.ref === '5.2')!;
    expect(reference.texts.en!.b.flat().filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'English' },
      { kind: 'added', text: '1999' },
    ]);
    expect(reference.texts.en!.a.flat().filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: '(Cap. 53 B)' },
    ]);
  });

  it('International and Australia: replaced clauses compared with everything they replace', () => {
    const comparison = compare('intl', 'au');
    expect(differences(comparison)).toEqual([
      ['3', '3', 'changed', ['b au-addendum.1 replace']],
      ['4.1', '4.1', 'changed', ['b au-addendum.2 replace']],
      [null, '4.3', 'only-b', ['b au-addendum.3 add']],
      [null, '4.4', 'only-b', ['b au-addendum.3 add']],
      ['5.3', '5.3', 'qualified', ['b au-addendum.5 conditional-replace']],
    ]);
    expect(comparison.counts).toEqual({ same: 26, changed: 2, qualified: 1, 'only-a': 0, 'only-b': 2 });
    const clauses = comparison.runs.flatMap((run) => run.clauses);
    expect(clauses.find((clause) => clause.a?.ref === '3')!.a!.ids).toEqual([
      'clause-3',
      'clause-3.p1',
      'clause-3.a',
      'clause-3.b',
      'clause-3.p2',
    ]);
    const conditional = clauses.find((clause) => clause.a?.ref === '5.3')!.items[0];
    expect(conditional.condition!.en).toBe('Where this agreement is deemed a small business contract');
    expect(conditional.replacement!.en).toBe(
      '5.3 This Agreement is governed by the law of New South Wales. The courts of New South Wales have non-exclusive jurisdiction.',
    );
  });

  it('an item acting on both sides makes no difference: Europe against itself is all the same', () => {
    expect(compare('eu', 'eu').counts).toEqual({
      same: 35,
      changed: 0,
      qualified: 0,
      'only-a': 0,
      'only-b': 0,
    });
  });

  it('the entity cards line by line, and the addenda in force', () => {
    const differing = (comparison: Comparison) =>
      comparison.card!.filter((line) => line.differs).map((line) => line.field);
    expect(differing(compare('intl', 'eu'))).toEqual([
      'party',
      'registration',
      'address',
      'law',
      'courts',
      'notice',
      'who',
    ]);
    expect(differing(compare('intl', 'au'))).toEqual(['conditional-law', 'conditional-courts', 'who']);
    const au = compare('intl', 'au').card!.find((line) => line.field === 'conditional-courts')!;
    expect(au.a).toBeNull();
    expect(au.b).toEqual({
      en: 'The courts of New South Wales',
      zh: '新南威尔士州法院',
      source: ['au-addendum.5'],
      jurisdiction: 'non-exclusive',
      item: 'au-addendum.5',
      condition: {
        en: 'Where this agreement is deemed a small business contract',
        zh: '如本协议被视为小企业合同',
      },
    });
    expect(compare('intl', 'eu').addenda).toEqual({ a: [], b: ['eu-addendum', 'gdpr-addendum'] });
  });
});
