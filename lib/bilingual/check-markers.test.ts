import { describe, expect, it } from 'vitest';
import { checkMarkers, markersOf } from './check-markers';

const pair = (zh: string, en: string) => ({
  ref: '1.1',
  source: 'zh' as const,
  target: 'en' as const,
  text: { zh, en },
});

describe('markersOf', () => {
  it('finds each kind in both languages', () => {
    expect([...markersOf('除非另有约定，您应在7日内付款，否则阿里云不承担责任。', 'zh')].sort()).toEqual([
      'exception',
      'negation',
      'obligation',
    ]);
    expect(
      [
        ...markersOf(
          'Unless otherwise agreed, you shall pay within 7 days, or Alibaba Cloud is not liable.',
          'en',
        ),
      ].sort(),
    ).toEqual(['exception', 'negation', 'obligation', 'or']);
  });

  it('leaves out words that only contain a marker', () => {
    // 不可抗力 is force majeure, （如…） an example, 例如 "for example", 删除 "delete".
    expect([...markersOf('不可抗力（如地震）例如台风导致数据删除。', 'zh')]).toEqual([]);
    expect([...markersOf('including but not limited to fires, floods and storms', 'en')]).toEqual([]);
  });
});

describe('checkMarkers', () => {
  it('compares aligned sentences when both sides have as many', () => {
    expect(
      checkMarkers(pair('您应付款。阿里云不退款。', 'You shall pay. Alibaba Cloud will refund.')),
    ).toEqual(['markers s2: negation in zh only']);
  });

  it('compares the whole clause when the sentence counts differ', () => {
    expect(
      checkMarkers(pair('您应付款，阿里云不退款。', 'You shall pay. Alibaba Cloud will refund.')),
    ).toEqual(['markers: negation in zh only']);
  });

  it('passes a Chinese list joined by 、 against "or", and "cannot be recovered" against 不可恢复', () => {
    expect(
      checkMarkers(
        pair(
          '您可删除、更改数据，且不可恢复。',
          'You may delete or modify data, and it cannot be recovered.',
        ),
      ),
    ).toEqual([]);
  });
});
