import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { readRegions } from '../regions/load-regions';
import { buildAgreementPage } from '../page/agreement-page';
import { agreementHref, embedAgreement, embedClause, retargetLinks } from './embed-clause';

// The embed models of the fixture agreement (tests/fixtures/regions), expectations read off its
// files by hand: sample-membership/en.md and zh.md, regions.yaml.
const root = path.join('tests', 'fixtures', 'regions');
const membership = readAgreement('sample-membership', path.join(root, 'agreements'));
const regions = readRegions(path.join(root, 'regions.yaml'));
const intl = buildAgreementPage(membership, regions)!;
const eu = buildAgreementPage(membership, regions, 'eu')!;

describe('embedClause', () => {
  it('a clause with its items, the one Europe adds among them, and where the agreement is', () => {
    const clause = embedClause(eu, '2.1', 'en')!;
    expect(clause.rows.map((row) => row.ref)).toEqual(['2.1', '2.1.a', '2.1.b', '2.1.c']);
    expect(clause.rows[0]!.cells).toEqual({
      en: '2.1 You represent and warrant that:',
      zh: '2.1 您声明并保证：',
    });
    expect(clause.rows[3]!.region.marks).toEqual([
      { kind: 'add', item: 'eu-addendum.3', itemId: 'clause-eu-addendum.3' },
    ]);
    expect(clause.region).toEqual({ key: 'eu', name: { en: 'Europe', zh: '欧洲' } });
    expect(clause.texts).toEqual({
      en: { title: 'Sample Membership Agreement', status: 'official' },
      zh: { title: '示例会员协议', status: 'reference-translation' },
    });
    expect(clause.agreement).toBe('/en/agreements/sample-membership/eu');
    expect(clause.href).toBe('/en/agreements/sample-membership/eu#clause-2.1');
  });

  it('the default region links to the agreement page without a region, in the interface language', () => {
    expect(embedClause(intl, '4.2', 'zh')!.href).toBe('/zh/agreements/sample-membership#clause-4.2');
    expect(agreementHref(intl, 'en')).toBe('/en/agreements/sample-membership');
  });

  it('a replaced clause: its region text, the printed text beside it, its highlight', () => {
    const [row] = embedClause(eu, '5.3', 'en')!.rows;
    expect(row!.region.status).toBe('replaced');
    expect(row!.cells.en).toBe(
      '5.3 This Agreement is governed by the law of England and Wales. The courts of England and Wales have exclusive jurisdiction.',
    );
    expect(row!.region.original?.[0]?.cells.en).toBe(
      '5.3 This Agreement is governed by the laws of Singapore. The parties submit to the exclusive jurisdiction of the courts of Singapore.',
    );
    expect(embedClause(intl, '4.2', 'en')!.rows[0]!.tags).toEqual(['liability']);
  });

  it('a section holds its paragraphs and items; an addendum item only the rows after it', () => {
    expect(embedClause(eu, '3', 'en')!.rows.map((row) => row.ref)).toEqual([
      '3',
      '3.p1',
      '3.a',
      '3.b',
      '3.p2',
    ]);
    // Australia Addendum item 3 adds clauses 4.3 and 4.4, printed before item 4.
    const au = buildAgreementPage(membership, regions, 'au')!;
    expect(embedClause(au, 'au-addendum.4', 'en')!.rows.map((row) => row.ref)).toEqual(['au-addendum.4']);
  });

  it('a clause the region lacks is none', () => {
    expect(embedClause(intl, '2.1.c', 'en')).toBeNull();
    expect(embedClause(eu, '9.9', 'en')).toBeNull();
  });

  it('links in the text open the agreement page in a new tab', () => {
    // Europe Addendum item 4: "The restrictions in Clauses 3 and 4 shall apply …".
    expect(embedClause(eu, 'eu-addendum.4', 'zh')!.rows[0]!.cells.en).toBe(
      'The restrictions in <a target="_blank" rel="noopener" href="/zh/agreements/sample-membership/eu#clause-3" class="reference-clause">Clauses 3</a> and <a target="_blank" rel="noopener" href="/zh/agreements/sample-membership/eu#clause-4" class="reference-clause">4</a> shall apply to the fullest extent permitted by law.',
    );
  });
});

describe('retargetLinks', () => {
  const html =
    'See <a href="#clause-2.6" class="reference-clause">Clause 2.6</a> and <a href="https://example.com/x" rel="noopener noreferrer">the page</a>.';

  it('one clause: every link leaves the frame, in-page ones to the agreement page', () => {
    expect(retargetLinks(html, '/en/agreements/x/eu')).toBe(
      'See <a target="_blank" rel="noopener" href="/en/agreements/x/eu#clause-2.6" class="reference-clause">Clause 2.6</a> and <a target="_blank" href="https://example.com/x" rel="noopener noreferrer">the page</a>.',
    );
  });

  it('the whole agreement: in-page links stay', () => {
    expect(retargetLinks(html)).toBe(
      'See <a href="#clause-2.6" class="reference-clause">Clause 2.6</a> and <a target="_blank" href="https://example.com/x" rel="noopener noreferrer">the page</a>.',
    );
  });

  it('embedAgreement changes the links and nothing else', () => {
    const embedded = embedAgreement(eu);
    expect({ ...embedded, parts: [] }).toEqual({ ...eu, parts: [] });
    expect(embedded.parts.flatMap((p) => p.rows).map((r) => r.id)).toEqual(
      eu.parts.flatMap((p) => p.rows).map((r) => r.id),
    );
  });
});
