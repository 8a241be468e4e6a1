import { describe, expect, it } from 'vitest';
import { diffText } from './diff-text';

// Expectations written by hand from the two texts of each case.
describe('diffText', () => {
  it('English: one word only in b, word by word', () => {
    expect(
      diffText('and to pursue other legal liabilities.', 'and to pursue your other legal liabilities.', 'en'),
    ).toEqual({
      a: [[{ kind: 'same', text: 'and to pursue other legal liabilities.' }]],
      b: [
        [
          { kind: 'same', text: 'and to pursue ' },
          { kind: 'added', text: 'your' },
          { kind: 'same', text: ' other legal liabilities.' },
        ],
      ],
      differs: true,
    });
  });

  it('English: a changed word is removed on one side and added on the other', () => {
    expect(diffText('a notification within the website', 'an in-site notification', 'en').differs).toBe(true);
    expect(diffText('the validity and enforceability of it', 'the validity of it', 'en')).toEqual({
      a: [
        [
          { kind: 'same', text: 'the validity ' },
          { kind: 'removed', text: 'and enforceability' },
          { kind: 'same', text: ' of it' },
        ],
      ],
      b: [[{ kind: 'same', text: 'the validity of it' }]],
      differs: true,
    });
  });

  it('Chinese: a word only in b (其), found by word segmentation', () => {
    expect(diffText('以及追究其他法律责任的权利。', '以及追究其其他法律责任的权利。', 'zh')).toEqual({
      a: [[{ kind: 'same', text: '以及追究其他法律责任的权利。' }]],
      b: [
        [
          { kind: 'same', text: '以及追究' },
          { kind: 'added', text: '其' },
          { kind: 'same', text: '其他法律责任的权利。' },
        ],
      ],
      differs: true,
    });
  });

  it('Chinese: a changed word narrowed to its characters (网站内 → 站内: 网)', () => {
    expect(diffText('给您发站内通知', '给您发网站内通知', 'zh')).toEqual({
      a: [[{ kind: 'same', text: '给您发站内通知' }]],
      b: [
        [
          { kind: 'same', text: '给您发' },
          { kind: 'added', text: '网' },
          { kind: 'same', text: '站内通知' },
        ],
      ],
      differs: true,
    });
  });

  it('Chinese: punctuation counts (a half-width comma against a full-width one)', () => {
    expect(diffText('可能向其提起诉讼，违约方', '可能向其提起诉讼,违约方', 'zh')).toEqual({
      a: [
        [
          { kind: 'same', text: '可能向其提起诉讼' },
          { kind: 'removed', text: '，' },
          { kind: 'same', text: '违约方' },
        ],
      ],
      b: [
        [
          { kind: 'same', text: '可能向其提起诉讼' },
          { kind: 'added', text: ',' },
          { kind: 'same', text: '违约方' },
        ],
      ],
      differs: true,
    });
  });

  it('spacing is not compared, and each side keeps its own', () => {
    expect(diffText('阿里云www.aliyun.com网站', '阿里云www.aliyun.com 网站', 'zh')).toEqual({
      a: [[{ kind: 'same', text: '阿里云www.aliyun.com网站' }]],
      b: [[{ kind: 'same', text: '阿里云www.aliyun.com 网站' }]],
      differs: false,
    });
    expect(diffText('15 X 24 hours', '15 X24 hours', 'zh').differs).toBe(false);
    expect(diffText('the  services', 'the services', 'en').differs).toBe(false);
  });

  it('paragraph breaks are not compared: one side in two paragraphs, the other in one', () => {
    expect(diffText('3.3 后付费\n您可先使用后付费。', '3.3 后付费：您可先使用后付费。', 'zh')).toEqual({
      a: [[{ kind: 'same', text: '3.3 后付费' }], [{ kind: 'same', text: '您可先使用后付费。' }]],
      b: [
        [
          { kind: 'same', text: '3.3 后付费' },
          { kind: 'added', text: '：' },
          { kind: 'same', text: '您可先使用后付费。' },
        ],
      ],
      differs: true,
    });
  });

  it('texts that share less than half their words are marked whole, not word by word', () => {
    expect(
      diffText(
        'This Agreement is governed by the laws of Singapore.',
        'The courts of England and Wales have exclusive jurisdiction.',
        'en',
      ),
    ).toEqual({
      a: [[{ kind: 'removed', text: 'This Agreement is governed by the laws of Singapore.' }]],
      b: [[{ kind: 'added', text: 'The courts of England and Wales have exclusive jurisdiction.' }]],
      differs: true,
    });
  });

  it('identical texts: nothing marked', () => {
    expect(diffText('阿里云应按照约定提供服务。', '阿里云应按照约定提供服务。', 'zh')).toEqual({
      a: [[{ kind: 'same', text: '阿里云应按照约定提供服务。' }]],
      b: [[{ kind: 'same', text: '阿里云应按照约定提供服务。' }]],
      differs: false,
    });
  });
});
