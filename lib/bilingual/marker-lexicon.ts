import type { Language } from '../pipeline/types';

/**
 * The words that carry a sentence's legal meaning, per language: who must, who may, what is
 * not, what is excepted or conditional, what is restricted, and whether a list is "or". A
 * sentence pair that has a kind of marker on one side only is a finding for a reviewer.
 * English patterns are case-insensitive and matched at word bounds; Chinese ones are plain
 * regular expressions. `not` lists what contains a marker but is not one, removed first:
 * 不可抗力 is force majeure, （如…） is "such as", 不同 is "different", 免除 is "release".
 * Tuned on the real content; content/review/marker-precision.md has what is left.
 */
export interface MarkerKind {
  id:
    | 'obligation'
    | 'permission'
    | 'negation'
    | 'exception'
    | 'condition'
    | 'concession'
    | 'restriction'
    | 'or';
  en: string[];
  zh: string[];
  not?: Partial<Record<Language, string[]>>;
}

// Chinese says "shall" with 应, with 由您承担 or with nothing: obligation only counts where it
// flips into permission (check-markers.ts).
const obligation: MarkerKind = {
  id: 'obligation',
  en: ['shall', 'must', 'is required to', 'are required to', 'will be required to'],
  zh: ['应当', '应', '须', '必须', '需', '承担', '负责', '义务', '确保', '保证', '由您'],
  not: { zh: ['相应', '对应', '供应', '应用', '响应', '适应', '反应', '回应', '应急', '理应'] },
};

// Permission in law (may, is entitled to / 可, 有权), not ability: "cannot be recovered" / 不可恢复
// and "beyond the control" / 无法控制 say what is possible, and the two languages say it with
// different words (un-, in-, 无法, 不能), so ability is not compared. "may not assign" is a
// prohibition, 不得转让.
const permission: MarkerKind = {
  id: 'permission',
  en: [
    'may',
    'entitled',
    'rights? to',
    '(?:the|a|your) right\\b',
    'might',
    'possib\\w*',
    'likely',
    'option',
    'discretion',
  ],
  zh: ['可以', '可', '有权', '无权', '得以', '的权利', '自行决定', '酌情'],
  not: {
    en: ['may not(?= (?:assign|use|transfer|modify|disclose|copy|sell|sublicense|resell))'],
    zh: [
      '不可抗力',
      '不可能',
      '不可避免',
      '可恢复',
      '可交付',
      '许可',
      '认可',
      '可靠',
      '可用',
      '可信',
      '可视',
      '可行',
      '可读',
      '可撤销',
      '可持续',
    ],
  },
};

const negation: MarkerKind = {
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
    'un(?!der|til|less|it|ion|iform|ique|ivers|ilateral|foreseen)\\w+',
    'in(?:accura|complet|abilit|evitab|surmount|valid|correct)\\w*',
    'im(?:proper|possib)\\w*',
    'irrepar\\w*',
    'omissions?',
    'beyond',
    'lose',
    'refus\\w*',
    'den(?:y|ied|ial)',
    'disagree\\w*',
    'il(?:legal|legitimate)',
    'prohibit\\w*',
    'free of',
  ],
  zh: ['不', '无', '未', '非', '没有', '免于', '拒绝'],
  not: {
    en: [
      'no\\.',
      'not limited to',
      'without limitation',
      'non-exclusive',
      'irrevocabl\\w*',
      'whether or not',
    ],
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
      '不同(?!意)',
      '不良',
      '不断',
      // 您未支付服务费用前: "before you pay"
      '未[^，。；]{1,12}前',
    ],
  },
};

const exception: MarkerKind = {
  id: 'exception',
  en: ['except', 'exception', 'unless', 'save', 'other than', 'excluding', 'in addition to'],
  zh: ['除', '除外', '除非', '以外', '之外'],
  not: {
    zh: ['删除', '解除', '排除', '消除', '清除', '除去', '免除'],
  },
};

const condition: MarkerKind = {
  id: 'condition',
  en: ['if', 'provided that', 'subject to', 'in the event', 'where', 'in case'],
  zh: ['如果', '如', '若', '倘若', '前提', '一旦'],
  not: {
    en: ['even if', 'where(?:as|by|in|on|ver)'],
    zh: [
      '例如',
      '如下',
      '诸如',
      '比如',
      '如何',
      '如实',
      '如期',
      // （如您在系统上安装的应用程序）, 如硬件服务器或相应操作系统等: examples, not conditions
      '（如(?!有)(?=[^），则]*）)',
      '如(?!您|果)(?=[^，。；如]{1,30}等)',
      '如：',
      '如“',
      '害如',
      '件如',
    ],
  },
};

// "even if", "although", "however" / 即使, 尽管, 但: said in spite of something, not on a condition.
const concession: MarkerKind = {
  id: 'concession',
  en: [
    'even if',
    'although',
    'though',
    'however',
    'but',
    'notwithstanding',
    'despite',
    'regardless',
    'whether',
  ],
  zh: ['即使', '尽管', '虽然', '但', '无论', '不论'],
  // 但…除外 is a proviso, an exception (除外), not a concession.
  not: { en: ['but not limited to', 'however arising'], zh: ['但不限于', '但(?=[^。；]*除外)'] },
};

const restriction: MarkerKind = {
  id: 'restriction',
  en: ['only', 'solely', 'exclusively', 'exclusive', 'merely'],
  zh: ['仅', '只', '唯一', '专属', '独家', '排他', '独自'],
  not: { en: ['save only', 'non-exclusive'], zh: ['只要'] },
};

// A Chinese list joined by 、 with no 和/及/与 says neither "and" nor "or" ("删除、更改等" is
// "delete, modify or otherwise"): such a sentence is not compared for "or" (check-markers.ts).
const or: MarkerKind = {
  id: 'or',
  en: ['or', 'and/or', 'either'],
  zh: ['或', '和/或', '或者', '及/或', '任一', '之一'],
  not: { en: ['whether or not'], zh: ['或许'] },
};

export const markerKinds: MarkerKind[] = [
  obligation,
  permission,
  negation,
  exception,
  condition,
  concession,
  restriction,
  or,
];
