import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementSlugs, readAgreement } from '../agreements';
import { checkAgreement } from './check-agreement';
import { formatFinding, formatSummary } from './format';

/**
 * One fixture agreement per kind of planted mismatch (tests/fixtures/bilingual/agreements/), each
 * checked against expected.json; `UPDATE=1 npx vitest run lib/bilingual` rewrites it.
 */
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'bilingual');
const root = path.join(fixtures, 'agreements');
const expectedFile = path.join(fixtures, 'expected.json');

const results = Object.fromEntries(
  agreementSlugs(root).map((slug) => {
    const check = checkAgreement(readAgreement(slug, root));
    return [
      slug,
      {
        findings: check.findings.filter((f) => !f.acknowledged).map(formatFinding),
        acknowledged: check.findings.filter((f) => f.acknowledged).map(formatFinding),
        stale: check.stale.map((s) => `clause-${s.clause}: ${s.finding}`),
      },
    ];
  }),
);

if (process.env.UPDATE) writeFileSync(expectedFile, JSON.stringify(results, null, 2) + '\n');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as typeof results;

describe('checkAgreement on fixture agreements', () => {
  it.each(Object.keys(results))('%s matches expected.json', (slug) => {
    expect(results[slug]).toEqual(expected[slug]);
  });

  it('catches a planted mismatch of each kind', () => {
    const all = Object.values(results).flatMap((r) => r.findings);
    expect(all).toEqual(
      expect.arrayContaining([
        'planted-periods clause-1.1: zh has 24 hours, en has 48 hours',
        'planted-periods clause-1.2: zh has 7 days, en has 5 days',
        'planted-periods clause-1.3: zh has 168 hours, en has 160 hours',
        'planted-periods clause-1.4: zh has 360 hours, en has 300 hours',
        'planted-periods clause-1.5: zh has 72 hours, en has 48 hours',
        'planted-periods clause-1.6: zh has 15 days, en has 30 days',
        'planted-amounts clause-1.1: zh has 0.05%, en has 0.5%',
        'planted-amounts clause-1.2: zh has 12 months, en has 6 months',
        'planted-amounts clause-1.2: zh has USD 100, en has USD 1000',
        'planted-amounts clause-1.3: zh has 0.3%, en has 0.03%',
        'planted-references clause-1.1: zh has Clause 2.6, en has Clause 2.5',
        'planted-references clause-1.2: zh has Clause 3, en has Clause 4',
        'planted-references clause-1.3: zh has Clause 10, en has none',
        'planted-entities clause-preamble.1: zh has Alibaba Cloud (Singapore) Private Limited, en has Alibaba Cloud Computing Ltd.',
        'planted-entities clause-1.1: zh has Alibaba Cloud US LLC, en has Alibaba.com (Europe) Limited',
        'planted-entities clause-1.2: zh has none, en has Xihu District People’s Court, Hangzhou',
        'planted-one-side clause-1.3: zh has this clause, en has none',
        'planted-one-side clause-1.4: zh has none, en has this clause',
      ]),
    );
  });

  it('passes a pair that agrees in different notations (七日 / 7 days, 15 X24 / 360 hours)', () => {
    expect(results.agreeing).toEqual({ findings: [], acknowledged: [], stale: [] });
  });

  it('honours an acknowledgement and reports one that matches nothing', () => {
    expect(results.acknowledged).toEqual({
      findings: [],
      acknowledged: ['acknowledged clause-1.2: zh has Clause 12.2, en has Clause 12.1'],
      stale: ['clause-1.1: zh has 15 days, en has 14 days'],
    });
  });

  it('summarises pairs, findings and acknowledgements', () => {
    expect(formatSummary(648, 3, 1)).toBe('check:bilingual: 648 clause pairs, 3 findings, 1 acknowledged');
  });
});
