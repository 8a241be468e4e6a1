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

describe('checkMarkers: what changes legal effect, and what only looks like it', () => {
  it('leaves out quoted terms and titles', () => {
    expect(
      checkMarkers(
        pair('本条款所称“非公开信息”应予保密。', 'The “Confidential Data” shall be kept confidential.'),
      ),
    ).toEqual([]);
  });

  it('reports "or" against a joining 并 ("and also"), not against a list joined by 及', () => {
    expect(checkMarkers(pair('您应备份并存储数据。', 'You shall back up or store the data.'))).toEqual([
      'markers: or in en only',
    ]);
    expect(
      checkMarkers(
        pair(
          '阿里云不负责存储及备份数据。',
          'Alibaba Cloud is not responsible for storing or backing up data.',
        ),
      ),
    ).toEqual([]);
  });

  it('reports a condition turned into a cause, not a condition Chinese states without a word', () => {
    expect(
      checkMarkers(
        pair('由于您超出配额，阿里云可以收费。', 'Alibaba Cloud may charge fees if you exceed the quota.'),
      ),
    ).toEqual(['markers: condition in en, cause in zh']);
    expect(
      checkMarkers(
        pair('您超出配额的，阿里云可以收费。', 'Alibaba Cloud may charge fees if you exceed the quota.'),
      ),
    ).toEqual([]);
  });

  it('lets a paraphrase explain a restriction: 自行负责 is "solely responsible", 方可 "only after"', () => {
    expect(
      checkMarkers(pair('您应自行负责数据备份。', 'You are solely responsible for data backup.')),
    ).toEqual([]);
    expect(
      checkMarkers(pair('您付费后方可使用服务。', 'You may use the service only after you pay.')),
    ).toEqual([]);
    expect(checkMarkers(pair('您付费后使用服务。', 'You may use the service only after you pay.'))).toEqual([
      'markers: restriction in en only',
    ]);
  });
});
