/**
 * What an exclusion of liability must keep in both languages (issue 14, item 5): the heads of
 * damage, "to the maximum extent permitted by law", "even if advised of the possibility", and the
 * causal qualifier "arising from or in connection with". English patterns are case-insensitive;
 * Chinese ones plain regular expressions.
 */
export interface ExclusionHead {
  id: string;
  en: string;
  zh: string;
}

export const exclusionHeads: ExclusionHead[] = [
  { id: 'direct', en: '\\bdirect\\b(?! to)', zh: '(?<!间)直接(?:的)?(?:损|、)|、直接|直接或间接(?:的)?损' },
  { id: 'indirect', en: '\\bindirect', zh: '间接' },
  { id: 'special', en: '\\bspecial\\b(?! effects| nature)', zh: '特殊(?!性，)' },
  { id: 'incidental', en: '\\b(?:incidental|contingent(?! event))', zh: '附带|偶然|附随' },
  { id: 'consequential', en: '\\bconsequential', zh: '后果性|结果性|间接后果' },
  { id: 'punitive', en: '\\b(?:punitive|exemplary)', zh: '惩罚性|惩戒性' },
  {
    id: 'loss of profits',
    en: '\\b(?:loss(?:es)? of profits?|lost profits?|profit loss)',
    zh: '利润损失|利润或节余损失|利润.{0,4}损失',
  },
  {
    id: 'loss of data',
    en: '\\b(?:loss of (?:\\w+ or )?(?:data|information)|data loss)',
    zh: '(?:数据|信息)(?:的)?(?:丢失|损失|灭失)',
  },
  { id: 'goodwill', en: '\\bgoodwill', zh: '商誉' },
  { id: 'business interruption', en: '\\bbusiness interruption', zh: '业务中断|营业中断' },
  {
    id: 'maximum extent permitted by law',
    en: '\\b(?:maximum|fullest) extent permitted',
    zh: '最大(?:范围|限度)',
  },
  {
    id: 'even if advised',
    en: '\\beven if\\b[^.;]{0,40}\\b(?:advised|notified|informed)',
    zh: '即使[^。；]{0,20}(?:告知|通知|获悉)',
  },
  {
    id: 'arising from or in connection with',
    en: '\\b(?:(?:arising|resulting) (?:from|out of)|as a result of),? or (?:in connection with|relating to|related to)',
    zh: '(?:产生|引起|导致)或(?:与[^，。；]{0,30})?(?:相关|有关)',
  },
];
