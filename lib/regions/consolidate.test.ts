import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import type { Language } from '../pipeline/types';
import { plainOf } from './addendum-text';
import type { RegionRow } from './apply-effects';
import { consolidate, type RegionView } from './consolidate';
import { readRegions } from './load-regions';
import { expectGolden } from '../../tests/helpers/golden';

// A small membership agreement (en official, zh translation) with a Europe and an Australia
// addendum that use every kind of effect once, and a small zh-official agreement for `cn`.
const dir = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'regions');
const root = path.join(dir, 'agreements');
const loaded = readRegions(path.join(dir, 'regions.yaml'));
const membership = readAgreement('sample-membership', root);
const view = (region: string) => consolidate(membership, region, loaded)!;
const row = (v: RegionView, ref: string) => v.rows.find((r) => r.ref === ref)!;
const text = (r: RegionRow, language: Language) => plainOf(r.blocks[language]!);

describe('consolidate: one effect kind at a time, in both languages', () => {
  it('replace: the item text after "shall be replaced by the following:" takes the clause number', () => {
    const clause = row(view('eu'), '5.3');
    expect(clause.status).toBe('replaced');
    expect(clause.marks.map((m) => m.item)).toEqual(['eu-addendum.6']);
    expect(text(clause, 'en')).toBe(
      '5.3 This Agreement is governed by the law of England and Wales. The courts of England and Wales have exclusive jurisdiction.',
    );
    expect(text(clause, 'zh')).toBe('5.3 本协议受英格兰和威尔士法律管辖。英格兰和威尔士法院拥有专属管辖权。');
    expect(plainOf(clause.original![0].blocks.en!)).toContain('the laws of Singapore');
  });

  it('replace: a clause goes with its sub-items, a section with its body, and keeps the title the item gives', () => {
    const au = view('au');
    const refs = au.rows.map((r) => r.ref);
    expect(refs).not.toContain('4.1.a');
    expect(refs).not.toContain('3.p1');
    expect(row(au, '4.1').original!.map((r) => r.ref)).toEqual(['4.1', '4.1.a', '4.1.b']);
    expect(row(au, '3').original!.map((r) => r.ref)).toEqual(['3', '3.p1', '3.a', '3.b', '3.p2']);
    expect(text(row(au, '3'), 'en')).toMatch(/^3\. Indemnification\. You will indemnify/);
    expect(text(row(au, '3'), 'zh')).toMatch(/^3\. 赔偿。对于任何索赔/);
    expect(row(au, '4.1').blocks.en!.line).toBeGreaterThan(row(au, '5.3').blocks.en!.line);
  });

  it('add: after "as a new Clause 2.1(c):", placed after the last sub-item of 2.1', () => {
    const eu = view('eu');
    const added = row(eu, '2.1.c');
    expect(eu.rows.map((r) => r.ref).slice(4, 8)).toEqual(['2.1', '2.1.a', '2.1.b', '2.1.c']);
    expect(added).toMatchObject({ status: 'added', kind: 'item', depth: 2, id: 'clause-2.1.c' });
    expect(text(added, 'en')).toBe('(c) You will use the services only for business purposes.');
    expect(text(added, 'zh')).toBe('(c) 您将仅为商业目的使用服务。');
  });

  it('add: the clauses an item quotes, in order, at the end of their section', () => {
    const au = view('au');
    expect(au.rows.map((r) => r.ref).slice(8, 13)).toEqual(['4', '4.1', '4.2', '4.3', '4.4']);
    expect(text(row(au, '4.3'), 'en')).toMatch(/^4\.3 Liability for Consumer Guarantees\./);
    expect(text(row(au, '4.4'), 'zh')).toMatch(/^4\.4 限制的例外。/);
    expect(row(au, '4.4').marks[0].item).toBe('au-addendum.3');
  });

  it('annotate: the text stays, the mark quotes the item', () => {
    const section = row(view('eu'), '3');
    expect(section.status).toBe('annotated');
    expect(text(section, 'en')).toBe('3. Indemnification');
    expect(plainOf(section.marks[0].text.zh!)).toBe(
      '本协议第3条和第4条中的限制应在法律允许的最大范围内适用。',
    );
  });

  it('modify-reference: only the named words change, to the item’s new reference', () => {
    const clause = row(view('eu'), '5.2');
    expect(clause.status).toBe('modified');
    expect(text(clause, 'en')).toBe(
      '5.2 No third party has any right under the English Contracts (Rights of Third Parties) Act 1999 to enforce this Agreement.',
    );
    expect(text(clause, 'zh')).toBe(
      '5.2 任何第三方均无权根据英格兰的Contracts (Rights of Third Parties) Act 1999执行本协议。',
    );
    expect(clause.original).toHaveLength(1);
  });

  it('entity: the introduction, 1.1 and 5.1 are marked; the card names the party, registration and notice address', () => {
    const eu = view('eu');
    for (const ref of ['preamble.1', '1.1', '5.1']) expect(row(eu, ref).marks[0].kind).toBe('entity');
    expect(eu.card.entity.name.en).toBe('Sample (Europe) Limited');
    expect(eu.card.entity.registration?.zh).toBe('公司编号为01234567');
    expect(eu.card.notice).toMatchObject({ en: '2 Example Road, London', source: ['eu-addendum.1'] });
    expect(eu.card.law?.source).toEqual(['eu-addendum.6']);
  });

  it('conditional-replace: the original binds, the replacement carries its condition', () => {
    const au = view('au');
    const clause = row(au, '5.3');
    expect(clause.status).toBe('conditional');
    expect(text(clause, 'en')).toContain('the laws of Singapore');
    expect(plainOf(clause.replacement!.zh!)).toBe(
      '5.3 本协议受新南威尔士州法律管辖。新南威尔士州法院拥有非专属管辖权。',
    );
    expect(clause.condition).toEqual({
      en: 'Where this agreement is deemed a small business contract',
      zh: '如本协议被视为小企业合同',
    });
    expect(au.card.conditional[0]).toMatchObject({
      item: 'au-addendum.5',
      courts: { jurisdiction: 'non-exclusive' },
    });
  });

  it('whole-addendum: the GDPR Addendum is in force in eu and marked at its start', () => {
    const eu = view('eu');
    expect(eu.addenda).toEqual(['eu-addendum', 'gdpr-addendum']);
    expect(row(eu, 'gdpr-addendum.1').marks[0]).toMatchObject({
      kind: 'whole-addendum',
      item: 'eu-addendum.2',
    });
    expect(view('intl').addenda).toEqual([]);
  });

  it('the default region reads as printed; others list what differs from it', () => {
    const intl = view('intl');
    expect(intl.isDefault).toBe(true);
    expect(intl.rows.every((r) => r.status === 'original')).toBe(true);
    expect(intl.changes).toEqual([]);
    expect(view('au').changes.map((c) => `${c.ref} ${c.status} ${c.items}`)).toEqual([
      '3 replaced au-addendum.1',
      '4.1 replaced au-addendum.2',
      '4.3 added au-addendum.3',
      '4.4 added au-addendum.3',
      '5.3 conditional au-addendum.5',
    ]);
  });

  it('a zh-official agreement in cn: its own entity, law and court; an unknown region is null', () => {
    const terms = readAgreement('sample-terms', root);
    const cn = consolidate(terms, 'cn', loaded)!;
    expect(cn.card.entity.name.zh).toBe('示例云计算有限公司');
    expect(cn.card.courts).toMatchObject({ zh: '被告所在地人民法院', source: ['1.2'] });
    expect(cn.card.notice).toBeNull();
    expect(consolidate(terms, 'eu', loaded)).toBeNull();
    expect(consolidate(membership, 'constructor', loaded)).toBeNull();
  });
});

// Each region's rows as they read, one line per row: UPDATE=1 rewrites the expectations.
describe('consolidate fixtures', () => {
  for (const region of ['intl', 'eu', 'au']) {
    it(region, () => {
      const v = view(region);
      const actual = v.rows.map((r) => {
        const marks = r.marks.map((m) => `${m.kind}:${m.item}`).join(' ');
        return `${r.id} ${r.status}${marks ? ` [${marks}]` : ''} | ${text(r, 'en')} | ${text(r, 'zh')}`;
      });
      const file = path.join(dir, 'expected', `sample-membership.${region}.json`);
      expectGolden(file, actual);
    });
  }
});
