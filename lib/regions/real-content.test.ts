import { describe, expect, it } from 'vitest';
import { loadAgreement, loadLibrary } from '../agreements';
import { plainOf } from './addendum-text';
import { checkRegions } from './check-regions';
import { consolidate } from './consolidate';

// The real content/regions.yaml against the real agreements: what the region pages promise.
const membership = loadAgreement('membership-agreement')!;
const changed = (region: string) =>
  consolidate(membership, region)!.changes.map((c) => `${c.ref} ${c.status}`);

describe('content/regions.yaml', () => {
  it('passes the check', () => {
    expect(checkRegions(loadLibrary()).map((e) => e.message)).toEqual([]);
  });

  it('eu: the Europe entity, its number and London notice address, English law in 13.9, a new 9.1(g)', () => {
    const eu = consolidate(membership, 'eu')!;
    expect(eu.card.entity.name.en).toBe('Alibaba.com (Europe) Limited');
    expect(eu.card.entity.registration?.en).toContain('06721521');
    expect(eu.card.notice?.en).toContain('London');
    const clause = eu.rows.find((r) => r.ref === '13.9')!;
    expect(plainOf(clause.blocks.en!)).toContain('the law of England and Wales');
    expect(plainOf(clause.blocks.zh!)).toContain('英格兰和威尔士法律');
    expect(changed('eu')).toContain('9.1.g added');
  });

  it('au: 10, 11.4 and 11.5 replaced, 11.6–11.8 added, 13.9 conditional on a small business contract', () => {
    expect(changed('au')).toEqual([
      '10 replaced',
      '11.4 replaced',
      '11.5 replaced',
      '11.6 added',
      '11.7 added',
      '11.8 added',
      '13.9 conditional',
    ]);
    const clause = consolidate(membership, 'au')!.rows.find((r) => r.ref === '13.9')!;
    expect(plainOf(clause.replacement!.en!)).toContain('New South Wales');
  });

  it('us, in, my: their own entity, the main text unchanged', () => {
    const entities = {
      us: 'Alibaba Cloud US LLC',
      in: 'Alibaba Cloud (India) LLP',
      my: 'Alibaba Cloud (Malaysia) Sdn. Bhd.',
    };
    for (const [region, entity] of Object.entries(entities)) {
      const view = consolidate(membership, region)!;
      expect(view.changes).toEqual([]);
      expect(view.rows.every((row) => row.status === 'original')).toBe(true);
      expect(view.card.entity.name.en).toBe(entity);
    }
  });

  it('the Chinese agreements: 阿里云计算有限公司, PRC law, the Xihu court or, in the support plan, the defendant’s', () => {
    for (const slug of ['mini-program-cloud-terms', 'maxcompute-terms', 'support-plan-terms', 'mns-terms']) {
      const card = consolidate(loadAgreement(slug)!, 'cn')!.card;
      expect(card.entity.name.zh).toBe('阿里云计算有限公司');
      expect(card.law?.zh).toMatch(/^中华人民共和国(大陆)?法律$/);
      expect(card.courts?.zh).toBe(
        slug === 'support-plan-terms' ? '被告所在地人民法院' : '杭州市西湖区人民法院',
      );
    }
  });
});
