import type { Language } from '../pipeline/types';

/**
 * The words that carry a sentence's legal meaning, per language: who must, who may, what is
 * not, what is excepted or conditional, what is restricted, and whether a list is "or". A
 * sentence pair that has a kind of marker on one side only is a finding for a reviewer.
 * English patterns are case-insensitive and matched at word bounds; Chinese ones are plain
 * regular expressions. `not` lists what contains a marker but is not one: 不可抗力 is force
 * majeure, 例如 is "for example", 相应 is "corresponding".
 */
export interface MarkerKind {
  id: 'obligation' | 'permission' | 'negation' | 'exception' | 'restriction' | 'or';
  en: string[];
  zh: string[];
  not?: Partial<Record<Language, string[]>>;
}

export const markerKinds: MarkerKind[] = [
  {
    id: 'obligation',
    en: ['shall', 'must', 'is required to', 'are required to', 'will be required to'],
    zh: [
      '应当',
      '应',
      '须',
      '必须',
      '需',
      '将',
      '承担',
      '负责',
      '义务',
      '确保',
      '保证',
      '不得',
      '由您',
      '均',
    ],
    not: { zh: ['相应', '对应', '供应', '应用', '响应', '适应', '反应', '回应', '应急', '理应'] },
  },
  {
    id: 'permission',
    en: [
      'may',
      'entitled',
      'rights?',
      'can',
      'could',
      'might',
      'possib\\w*',
      'likely',
      'able to',
      'option',
      'discretion',
    ],
    zh: ['可以', '可', '有权', '得以', '权利'],
    not: {
      zh: [
        '不可抗力',
        '许可',
        '认可',
        '不可',
        '可靠',
        '可用',
        '可信',
        '可视',
        '可行',
        '可恢复',
        '可逆',
        '可读',
        '可预见',
        '可撤销',
        '无可',
      ],
    },
  },
  {
    id: 'negation',
    en: [
      'not',
      'no',
      'never',
      'neither',
      'nor',
      'none',
      'cannot',
      "can't",
      "won't",
      'unable',
      'inability',
      'without',
      'fail\\w*',
      'un(?!der|til|less|it|ion|iform|ique|ivers)\\w+',
      'in(?:accura|complet|abilit|evitab|surmount|valid|correct)\\w*',
      'im(?:proper|possib)\\w*',
      'omissions?',
      'beyond',
      'lose',
      'refus\\w*',
      'disagree\\w*',
      'il(?:legal|legitimate)',
      'prohibit\\w*',
      'free of',
      'exclud\\w*',
    ],
    zh: ['不', '无', '未', '非', '没有', '免于', '拒绝'],
    not: {
      zh: [
        '不可抗力',
        '无论',
        '不论',
        '非法',
        '非常',
        '不限于',
        '不时',
        '无偿',
        '不定期',
        '非独占',
        '不可撤销',
      ],
      en: ['no\\.', 'not limited to', 'non-exclusive', 'irrevocabl'],
    },
  },
  {
    id: 'exception',
    en: [
      'except',
      'unless',
      'save',
      'if',
      'provided that',
      'subject to',
      'in the event',
      'where',
      'but',
      'other than',
      'excluding',
      'notwithstanding',
    ],
    zh: ['除', '若', '如果', '如', '但', '倘若', '前提', '除外', '尽管', '一旦'],
    not: {
      zh: ['例如', '如下', '诸如', '如何', '如实', '删除', '解除', '排除', '消除', '清除'],
      en: ['where(as|by|in|on|ver)'],
    },
  },
  {
    id: 'restriction',
    en: ['only', 'solely', 'exclusively', 'exclusive'],
    zh: ['仅', '只', '唯一', '专属', '独家', '排他'],
    not: { zh: ['只要'] },
  },
  {
    id: 'or',
    en: ['or', 'and/or', 'either'],
    zh: ['或', '和/或', '或者', '及/或'],
    not: { en: ['whether or not'], zh: ['或许'] },
  },
];
