import type { Language } from '../pipeline/types';

/**
 * The words that change a sentence's legal effect, per language: who must and who may
 * (modality), what is not (negation), what is excepted, what is restricted (only, solely) and
 * whether a list is "or". A kind on one side of an aligned sentence pair only is a finding
 * (check-markers.ts). Conditions and concessions are not compared: Chinese states them without a
 * word as often as with one (…的，, …时，, 但 for "yet"), and 38 of the first review's 40 findings
 * were of that sort. English patterns are case-insensitive at word bounds; Chinese ones plain
 * regular expressions. `not` lists what contains a marker but is none, removed first: 不可抗力 is
 * force majeure, 未来 "future", 除此之外 "in addition", "either party" 任何一方.
 * content/review/marker-precision.md has how it was tuned and measured.
 */
export interface MarkerKind {
  id: 'obligation' | 'permission' | 'negation' | 'exception' | 'restriction' | 'or';
  en: string[];
  zh: string[];
  not?: Partial<Record<Language, string[]>>;
}

// "shall" has no one Chinese word (由您承担, 阿里云将…, or none): obligation counts only where it
// flips into permission (check-markers.ts).
const obligation: MarkerKind = {
  id: 'obligation',
  en: ['shall', 'must', 'is required to', 'are required to', 'will be required to', 'obliged'],
  zh: ['应当', '应', '须', '必须', '有义务'],
  not: { zh: ['相应', '对应', '供应', '应用', '响应', '适应', '反应', '回应', '应急', '理应', '应付'] },
};

// Permission in law (may, is entitled to / 可以, 有权), not ability: 可 alone is mostly inside a
// word (可能, 可执行, 不可折价 "cannot be converted") and "can" is ability, so neither counts.
// "may not assign" is a prohibition, 不得转让: negation.
const permission: MarkerKind = {
  id: 'permission',
  en: [
    'may',
    'entitled to',
    'ha(?:s|ve) the right',
    'reserves? the right',
    '(?:sole|absolute|its) discretion',
  ],
  zh: ['可以', '有权', '均可', '亦可', '即可', '得以', '自行决定'],
  not: { en: ['may not', 'may be'] },
};

// Predicate negation. Words whose negation is part of the word, and that the other language says
// with one positive or prefixed word, are not counted: 不一致 inconsistency, 不足 insufficient,
// 不可分割 integral, 管理不善 mismanagement, 非法 unlawful, 不可弥补 irreparable, 未成年 minors,
// 无法控制 beyond the control, 除非 unless (an exception).
const negation: MarkerKind = {
  id: 'negation',
  en: [
    'not',
    'no',
    'never',
    'neither',
    'nor',
    'none',
    'nothing',
    'cannot',
    "can't",
    "won't",
    'without',
    'fail(?:s|ed|ing)?',
    'failure to',
    'unable',
    'inability',
    'prohibit\\w*',
    'un(?:authori[sz]ed|paid|able|available|interrupted|avoidabl[ey]|recoverable|predictab\\w*)',
    'disagree\\w*',
    'in(?:valid|accurate|complete)',
    'free of',
  ],
  zh: ['不', '无', '未', '非', '没有', '禁止'],
  not: {
    en: [
      'no\\.',
      'not limited to',
      'without limitation',
      'without prejudice',
      'whether or not',
      'whether [^.;]{1,40} or not',
      'no later than',
    ],
    zh: [
      '不可抗力',
      '无论',
      '不论',
      '非法',
      '非常',
      '除非',
      '未来',
      '不限于',
      '不时',
      '无偿',
      '不定期',
      '非独占',
      '非排他',
      '非专属',
      '非合同',
      '不可撤销',
      '不同(?!意)',
      '不良',
      '不断',
      '不一致',
      '不足',
      '不可分割',
      '不善',
      '不当',
      '不迟于',
      '不可弥补',
      '不影响',
      '未成年',
      '不公平',
      '无法控制',
      '不被',
      '无效',
      '无误',
      '无害',
      // 您未支付服务费用前: "before you pay"
      '未[^，。；]{1,12}前',
    ],
  },
};

const exception: MarkerKind = {
  id: 'exception',
  en: [
    'except',
    'exceptions?',
    'unless',
    'save(?= (?:only )?(?:for|as|that|where))',
    'other than',
    'excluding(?! or)',
  ],
  zh: ['除非', '除外', '除[^，。；]{1,40}(?:以外|之外|外)', '以外', '例外'],
  // 除有权要求…外，还有权: "besides …, also", not an exception.
  not: {
    zh: [
      '除此之外',
      '删除',
      '解除',
      '排除',
      '消除',
      '清除',
      '除去',
      '免除',
      '移除',
      '剔除',
      '除[^，。；]{1,40}外[，,]?还',
    ],
  },
};

const restriction: MarkerKind = {
  id: 'restriction',
  en: ['only', 'solely', 'exclusively', 'exclusive', 'merely', 'sole'],
  zh: ['仅', '只', '唯一', '专属', '独家', '排他'],
  not: { en: ['non-exclusive', 'not only', 'save only'], zh: ['只要', '非专属', '非独家', '非排他', '不仅'] },
};

// "or" and its Chinese words. "either party" is 任何一方, not a choice.
const or: MarkerKind = {
  id: 'or',
  en: ['or', 'and/or'],
  zh: ['或', '和/或', '及/或', '之一'],
  not: { en: ['whether or not'], zh: ['或许'] },
};

export const markerKinds: MarkerKind[] = [obligation, permission, negation, exception, restriction, or];

/**
 * "And" that cannot be read as "or": where one side has "or" and the other only such an "and",
 * the scope of a list or of a causal qualifier changed ("arising from or relating to" /
 * 产生并与之相关). A Chinese list joined by 及, 和, 与 or 、 is read as either, so it is no finding.
 */
export const conjunction: Record<Language, RegExp> = {
  // English "and" joins; Chinese 并, 且, 同时 join ("and also").
  en: /\band\b(?!\/)/i,
  zh: /并且|(?<![合])并(?![不非未无])|而且|且|同时/,
};

/**
 * A condition against a cause: "if you exceed the quota" rendered 由于您超出配额 ("because you
 * exceed") turns a condition into a statement the customer agrees to, or the reverse. Chinese
 * states conditions without a word too (…的，, …时，), so only an explicit cause on the other side
 * is compared: `condition` is read broadly and `cause` narrowly.
 */
export const conditionOrCause: Record<'condition' | 'cause', Record<Language, RegExp>> = {
  condition: {
    en: /\b(?:if|where(?! (?:appropriate|applicable|necessary))|in the event|provided that|in case|upon)\b(?!\s+(?:any|the)\s+(?:of|following))/i,
    zh: /如果|如|若|倘若|一旦|的[，,]|时[，,]|之时|前提/,
  },
  cause: {
    en: /\b(?:because|since|as a result of|due to|given that|in view of)\b/i,
    zh: /由于|因为|鉴于/,
  },
};

/**
 * A Chinese list joined by 及, 和, 以及, 与 or 、: read as "and" or "or" as the sentence needs
 * (under a negation, 不负责存储及备份 is "not responsible for storing or backing up"). A sentence
 * that has one is not compared for "or".
 */
export const openList = /及(?!时|其)|和(?!\/)|以及|、|与(?!之|其|您|我|阿里云|第三方)/;

/**
 * Paraphrases that explain a kind on one side only: when the English pattern is in the English
 * sentence and the Chinese one in the Chinese, the kind is not reported. Each says the same
 * thing in both languages.
 */
export const paraphrases: { kind: MarkerKind['id']; en: RegExp; zh: RegExp; why: string }[] = [
  {
    kind: 'restriction',
    en: /\bsolely (?:responsib|liab)|\bsole (?:responsibility|risk|discretion|opinion|judgment)/i,
    zh: /自行|独自|酌情/,
    why: '自行负责, 独自负责: "solely responsible"; 自行决定, 自行认为: "in its sole discretion / opinion"',
  },
  {
    kind: 'exception',
    en: /\bin addition to\b/i,
    zh: /除[^，。；]{1,40}之外/,
    why: '除…之外 without a negation is "in addition to", not an exception',
  },
  {
    kind: 'restriction',
    en: /\bonly (?:after|when|once|if|upon|by)\b/i,
    zh: /才|方可|方能/,
    why: '才 / 方可: "only after", "only then"',
  },
  {
    kind: 'or',
    en: /\bor (?:\w+ ){0,2}(?:otherwise|similar|other)\b/i,
    zh: /等|其他方式/,
    why: '"or otherwise", "or similar" / 等, 以其他方式',
  },
  {
    kind: 'or',
    en: /\bmonthly or annual\b|\bat or (?:below|above)\b/i,
    zh: /包年包月|包月|及以[下上]/,
    why: '"monthly or annual" / 包年包月; "at or below" / 及以下',
  },
];
