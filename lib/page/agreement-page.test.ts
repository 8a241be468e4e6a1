import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { readRegions } from '../regions/load-regions';
import { buildAgreementPage } from './agreement-page';
import type { AgreementPage, PageRow } from './types';

// Data in, data out: the page model of the fixture agreements, with expectations read off the
// fixture files by hand (tests/fixtures/regions, tests/fixtures/site), no React.
const regionsRoot = path.join('tests', 'fixtures', 'regions');
const membership = readAgreement('sample-membership', path.join(regionsRoot, 'agreements'));
const regions = readRegions(path.join(regionsRoot, 'regions.yaml'));

const rowOf = (page: AgreementPage, ref: string): PageRow => {
  const row = page.parts.flatMap((part) => part.rows).find((r) => r.ref === ref);
  if (!row) throw new Error(`no row ${ref}`);
  return row;
};

describe('agreementPage', () => {
  it('is plain data: it survives JSON unchanged', () => {
    const page = buildAgreementPage(membership, regions, 'eu')!;
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });

  it('answers null for a region that does not apply', () => {
    expect(buildAgreementPage(membership, regions, 'cn')).toBeNull();
  });

  it('the default region: every clause as printed, the picker, the card', () => {
    const page = buildAgreementPage(membership, regions)!;
    expect(page.region!.key).toBe('intl');
    expect(page.region!.isDefault).toBe(true);
    expect(page.region!.options.map((o) => [o.key, o.path])).toEqual([
      ['intl', ''],
      ['eu', '/eu'],
      ['au', '/au'],
    ]);
    expect(page.region!.card.entity.name.en).toBe('Sample Cloud (Singapore) Private Limited');
    expect(page.region!.changes).toEqual([]);
    expect(page.official).toBe('en');
    expect(page.languages).toEqual(['en', 'zh']);
    expect(page.parts.map((part) => part.id)).toEqual([
      'preamble',
      'main',
      'gdpr-addendum',
      'eu-addendum',
      'au-addendum',
    ]);
    expect(rowOf(page, '5.3').region.status).toBe('original');
    expect(page.parts.flatMap((p) => p.rows).some((r) => r.ref === '2.1.c')).toBe(false);
  });

  it('a region view: a replaced clause with its printed text, an added clause, the card', () => {
    const page = buildAgreementPage(membership, regions, 'eu')!;
    expect(page.region!.card.law?.en).toBe('the law of England and Wales');
    const replaced = rowOf(page, '5.3');
    expect(replaced.region.status).toBe('replaced');
    expect(replaced.region.marks).toEqual([
      { kind: 'replace', item: 'eu-addendum.6', itemId: 'clause-eu-addendum.6' },
    ]);
    expect(replaced.cells.en).toContain('governed by the law of England and Wales');
    expect(replaced.cells.en).not.toContain('Singapore');
    expect(replaced.region.original?.[0].cells.en).toContain('governed by the laws of Singapore');
    const added = rowOf(page, '2.1.c');
    expect(added.region.status).toBe('added');
    expect(added.cells.en).toContain('only for business purposes');
    // Each effect of regions.yaml's eu list, on the rows it targets, in agreement order.
    expect(page.region!.changes.map((c) => `${c.ref} ${c.status} ${c.items.join()}`)).toEqual([
      'preamble.1 annotated eu-addendum.1',
      '1.1 annotated eu-addendum.1',
      '2.1.c added eu-addendum.3',
      '3 annotated eu-addendum.4',
      '4 annotated eu-addendum.4',
      '5.1 annotated eu-addendum.1',
      '5.2 modified eu-addendum.5',
      '5.3 replaced eu-addendum.6',
      'gdpr-addendum.1 annotated eu-addendum.2',
    ]);
  });

  it('back-references: the Europe addendum item 1 cites clauses 1.1 and 5.1', () => {
    const page = buildAgreementPage(membership, regions, 'eu')!;
    expect(rowOf(page, '5.1').citing).toEqual(['eu-addendum.1']);
    expect(rowOf(page, '1.1').citing).toEqual(['eu-addendum.1']);
  });

  it('highlights judge a replaced clause on its own words', () => {
    const au = buildAgreementPage(membership, regions, 'au')!;
    const clause = rowOf(au, '4.1');
    expect(clause.region.status).toBe('replaced');
    expect(clause.cells.en).toContain('excludes any liability for Consequential Loss');
    expect(clause.tags).toContain('liability');
    expect(clause.marks.find((m) => m.tag === 'liability')?.phrases.length).toBeGreaterThan(0);
    expect(au.highlights.clauses.map((c) => c.ref)).toContain('4.1');
  });

  it('a bilingual finding sits on its row, an acknowledged one with its reason', () => {
    const site = path.join('tests', 'fixtures', 'site');
    const sample = readAgreement('review-sample', path.join(site, 'agreements'));
    const page = buildAgreementPage(sample, readRegions(path.join(site, 'regions.yaml')))!;
    expect(page.official).toBe('zh');
    expect(page.review).toMatchObject({ pairs: 4, findings: 2, acknowledged: 1, corrections: [] });
    // Read off the files: three one-sentence clauses and a heading; 7日, 万分之五 and 30天.
    expect(page.review.compared).toMatchObject({ pairs: 4, sentences: 3, figures: 3, references: 0 });
    expect(page.review.checks.map((c) => c.check)).toEqual([
      'figures',
      'missing',
      'terms',
      'defined-terms',
      'markers',
      'exclusions',
      'omissions',
      'consistency',
      'renderings',
      'corrections',
    ]);
    expect(page.review.checks[0]).toEqual({
      check: 'figures',
      compared: { check: 'figures', count: 3, unit: 'figures', within: { count: 4, unit: 'pairs' } },
      findings: 2,
      acknowledged: 1,
    });
    expect(page.review.checks.slice(1).map((c) => c.findings)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(page.review.acknowledgedFindings).toEqual([
      {
        id: 'clause-1.3',
        clause: '1.3',
        check: 'figures',
        text: 'zh has 30 days, en has 60 days',
        reason: 'Planted for the browser test of acknowledged findings.',
        inView: true,
      },
    ]);
    expect(rowOf(page, '1.1').findings.map((f) => [f.text, f.acknowledged])).toEqual([
      ['zh has 7 days, en has 5 days', null],
    ]);
    expect(rowOf(page, '1.3').findings.map((f) => f.acknowledged)).toEqual([
      'Planted for the browser test of acknowledged findings.',
    ]);
  });

  describe('an agreement outside the billing-address regions (tests/fixtures/parties)', () => {
    const root = path.join('tests', 'fixtures', 'parties');
    const loaded = readRegions(path.join(root, 'regions.yaml'));

    it('one party for every customer: its card, no region, one language', () => {
      const page = buildAgreementPage(readAgreement('one-party', path.join(root, 'agreements')), loaded)!;
      expect(page.scope).toBe('single-party');
      expect(page.region).toBeNull();
      expect(page.party).toEqual({
        party: { en: 'Example Ireland, Limited', source: ['preamble.1'] },
        law: { en: 'the laws of Ireland', source: ['1.1'] },
        courts: null,
        notice: null,
      });
      expect(page.languages).toEqual(['en']);
      const row = rowOf(page, '1.1');
      expect(Object.keys(row.cells)).toEqual(['en']);
      expect(row.region).toEqual({ status: 'original', marks: [] });
    });

    it('facts not yet researched: neither a region nor a party, and no region pages', () => {
      const unresearched = readAgreement('unresearched', path.join(root, 'agreements'));
      const page = buildAgreementPage(unresearched, loaded)!;
      expect([page.scope, page.region, page.party]).toEqual(['not-researched', null, null]);
      expect(page.languages).toEqual(['zh']);
      expect(buildAgreementPage(unresearched, loaded, 'intl')).toBeNull();
    });
  });
});
