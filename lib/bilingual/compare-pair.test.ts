import { describe, expect, it } from 'vitest';
import { comparePair } from './compare-pair';
import { extractFigures } from './extract-figures';
import { describeDifference } from './format';

const compare = (zh: string, en: string) =>
  comparePair(extractFigures(zh, 'zh'), extractFigures(en, 'en')).map(describeDifference);

describe('comparePair', () => {
  it('passes a pair that agrees in different notations', () => {
    expect(
      compare(
        '订单将为您保留七日；7日届满未付费的',
        'the order is held for 7 days; when the seven days expire',
      ),
    ).toEqual([]);
    expect(compare('至暂停之时起至360（15 X24）个小时满', 'until 360 hours have elapsed')).toEqual([]);
    expect(compare('每日万分之五', 'five ten-thousandths per day')).toEqual([]);
  });

  it('reports each group that differs, with only the unmatched figures', () => {
    expect(
      compare('24小时内充值；保留7天；USD100', 'top up within 24 hours; held for 5 days; USD 200'),
    ).toEqual(['zh has 7 days, en has 5 days', 'zh has USD 100, en has USD 200']);
  });

  it('reports a figure one side lacks as "none"', () => {
    expect(compare('在遵守第2.6条的前提下', 'Subject to the terms')).toEqual([
      'zh has Clause 2.6, en has none',
    ]);
    expect(compare('连续的小时', 'for 72 consecutive hours')).toEqual(['zh has none, en has 72 hours']);
  });

  it('ignores a weak "1" alone, but lists it beside a real difference', () => {
    expect(compare('收取您前一小时的服务费用', 'charges the service fees for the previous hour')).toEqual([]);
    expect(compare('一年内或两年内', 'within one year or three years')).toEqual([
      'zh has 2 years, en has 3 years',
    ]);
    expect(compare('一个月及24小时', '48 hours')).toEqual(['zh has 1 month and 24 hours, en has 48 hours']);
  });
});
