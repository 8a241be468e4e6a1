import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportValidators } from '@/tests/helpers/export-schema';
import { readAgreement } from '../agreements';
import { readRegions } from '../regions/load-regions';
import { agreementExport } from './agreement-export';
import { dataFiles } from './data-files';
import type { AgreementExport, LibraryExport } from './schema';

// The fixture site (tests/fixtures/site): every kind of addendum effect, an agreement in one
// language with one party. Expectations read off its files by hand.
const root = path.join('tests', 'fixtures', 'site');
const loaded = readRegions(path.join(root, 'regions.yaml'));
const site = 'https://terms.example.org';
const agreements = ['one-party', 'review-sample', 'sample-membership'].map((slug) =>
  readAgreement(slug, path.join(root, 'agreements')),
);
const membership = agreementExport(agreements[2], loaded, site);
const clause = (ref: string) => membership.clauses.find((c) => c.ref === ref)!;
const change = (region: string, ref: string) =>
  membership.regions.find((r) => r.key === region)!.changes.find((c) => c.ref === ref)!;

describe('the fixture site export', () => {
  it('validates against the committed schemas, every file', () => {
    const validate = exportValidators();
    const files = dataFiles({ agreements, loaded, site });
    const json = files.filter((f) => f.path.endsWith('.json') && !f.path.endsWith('schema.json'));
    expect(json.map((f) => f.path)).toEqual([
      '/data/agreements.json',
      '/data/agreements/one-party.json',
      '/data/agreements/review-sample.json',
      '/data/agreements/sample-membership.json',
    ]);
    const [library, ...rest] = json.map((f) => JSON.parse(f.content as string) as unknown);
    expect(validate.library(library)).toEqual([]);
    for (const data of rest) expect(validate.agreement(data)).toEqual([]);
    expect((library as LibraryExport).agreements.map((a) => [a.slug, a.scope, a.defaultRegion])).toEqual([
      ['one-party', 'single-party', null],
      ['review-sample', 'regions', 'cn'],
      ['sample-membership', 'regions', 'intl'],
    ]);
  });

  it('gives each clause its text and its Markdown as stored', () => {
    expect(clause('4.1')).toMatchObject({
      id: 'clause-4.1',
      part: 'main',
      kind: 'clause',
      depth: 1,
      parent: '4',
      label: { en: '4.1', zh: '4.1' },
    });
    expect(clause('4.1').text.en).toBe('4.1 Sample Cloud shall not be liable for any indirect damages.');
    expect(clause('4.1').markdown.en).toBe(
      '4.1 Sample Cloud shall not be liable for any **indirect** damages.',
    );
    expect(clause('2.1.a').markdown.en).toBe('(a) you own the Member Content; and');
    expect(clause('2').markdown.en).toBe('2. Warranties');
    // An item of an ordered list: its number is the list marker, so it is the label only.
    expect(clause('eu-addendum.2')).toMatchObject({
      label: { en: '2.' },
      markdown: { en: 'The GDPR Addendum above shall apply.' },
    });
  });

  it('gives highlights with their words, references and back-references', () => {
    expect(clause('4.2').highlights.map((h) => h.tag)).toEqual(['liability']);
    expect(clause('1.1').highlights).toEqual([]);
    expect(clause('eu-addendum.1').references).toEqual(['1.1', '5.1']);
    expect(clause('eu-addendum.4').references).toEqual(['3', '4']);
    expect(clause('5.3').citedBy).toEqual(['eu-addendum.6', 'au-addendum.5']);
    expect(clause('5.1').citedBy).toEqual(['eu-addendum.1']);
  });

  it('gives each region its entity card and every clause its addenda change, with the texts', () => {
    expect(membership.regions.map((r) => [r.key, r.default, r.changes.length])).toEqual([
      ['intl', true, 0],
      ['eu', false, 9],
      ['au', false, 5],
    ]);
    const eu = membership.regions[1];
    expect(eu.entity.entity.name.en).toBe('Sample (Europe) Limited');
    expect(eu.entity.law).toEqual({
      en: 'the law of England and Wales',
      zh: '英格兰和威尔士法律',
      source: ['eu-addendum.6'],
    });
    expect(eu.changes.map((c) => [c.ref, c.status, c.items.map((i) => `${i.item} ${i.kind}`)])).toEqual([
      ['preamble.1', 'annotated', ['eu-addendum.1 entity']],
      ['1.1', 'annotated', ['eu-addendum.1 entity']],
      ['2.1.c', 'added', ['eu-addendum.3 add']],
      ['3', 'annotated', ['eu-addendum.4 annotate']],
      ['4', 'annotated', ['eu-addendum.4 annotate']],
      ['5.1', 'annotated', ['eu-addendum.1 entity']],
      ['5.2', 'modified', ['eu-addendum.5 modify-reference']],
      ['5.3', 'replaced', ['eu-addendum.6 replace']],
      ['gdpr-addendum.1', 'annotated', ['eu-addendum.2 whole-addendum']],
    ]);
    expect(change('eu', '5.3')).toMatchObject({
      text: {
        en: '5.3 This Agreement is governed by the law of England and Wales. The courts of England and Wales have exclusive jurisdiction.',
      },
      replaces: ['5.3'],
    });
    expect(change('eu', '5.2').text!.en).toBe(
      '5.2 No third party has any right under the English Contracts (Rights of Third Parties) Act 1999 to enforce this Agreement.',
    );
    expect(change('eu', '3')).toMatchObject({ text: null, replaces: [] });
    // A replaced section takes the clauses under it with it.
    expect(change('au', '3').replaces).toEqual(['3', '3.p1', '3.a', '3.b', '3.p2']);
    expect(change('au', '4.3')).toMatchObject({
      status: 'added',
      items: [{ item: 'au-addendum.3', kind: 'add' }],
    });
    expect(change('au', '4.3').highlights.map((h) => h.tag)).toEqual(['liability']);
    expect(change('au', '5.3')).toMatchObject({
      status: 'conditional',
      text: null,
      condition: {
        en: 'Where this agreement is deemed a small business contract',
        zh: '如本协议被视为小企业合同',
      },
      replacement: {
        en: '5.3 This Agreement is governed by the law of New South Wales. The courts of New South Wales have non-exclusive jurisdiction.',
      },
    });
    expect(membership.regions[2].entity.conditional.map((c) => [c.item, c.courts.jurisdiction])).toEqual([
      ['au-addendum.5', 'non-exclusive'],
    ]);
  });

  it('an agreement with one party and one language: the party, no regions, one Markdown', () => {
    const data: AgreementExport = agreementExport(agreements[0], loaded, site);
    expect(data).toMatchObject({
      languages: ['en'],
      scope: 'single-party',
      regions: [],
      party: {
        party: { en: 'Example Ireland, Limited', source: ['preamble.1'] },
        courts: null,
        notice: null,
      },
      urls: { markdown: { en: `${site}/data/agreements/one-party/en.md` } },
    });
    expect(Object.keys(data.urls.markdown)).toEqual(['en']);
    expect(data.definedTerms.en!.map((t) => [t.term, t.definedIn])).toEqual([['Example', ['preamble.1']]]);
  });
});
