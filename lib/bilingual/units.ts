import type { Figure } from './types';

/**
 * The units a period is stated in, as data: how each language writes it. Periods compare in the
 * unit the text states: a translation keeps "168个小时" as "168 hours", and one that writes
 * "7 days" for it is worth a look (and, if right, an acknowledgement).
 */
export interface PeriodUnit {
  name: string;
  plural: string;
  /** The words after a Chinese number: "小时" in "24小时", "个工作日" in "3个工作日". */
  zh: string[];
  /** The English word stem; "-s" and a hyphenated "15-day" are allowed by the pattern. */
  en: string[];
}

export const periodUnits: PeriodUnit[] = [
  { name: 'minute', plural: 'minutes', zh: ['分钟'], en: ['minute'] },
  { name: 'hour', plural: 'hours', zh: ['个小时', '小时', '个钟头'], en: ['hour'] },
  {
    name: 'business day',
    plural: 'business days',
    zh: ['个工作日', '工作日'],
    en: ['business day', 'working day'],
  },
  // "日" not followed by "志" (日志服务, Log Service) or "常" (日常, daily)
  {
    name: 'day',
    plural: 'days',
    zh: ['个自然日', '自然日', '天', '日(?![志常])'],
    en: ['calendar day', 'natural day', 'day'],
  },
  { name: 'week', plural: 'weeks', zh: ['个星期', '星期', '周(?![期年])'], en: ['week'] },
  // "个月", never a bare "月": "3月" is March
  { name: 'month', plural: 'months', zh: ['个自然月', '个月'], en: ['calendar month', 'month'] },
  { name: 'year', plural: 'years', zh: ['年(?!度)'], en: ['year'] },
];

/** Words between an English number and its unit that do not change it: "72 consecutive hours". */
export const englishPeriodModifiers = ['consecutive', 'full', 'clear', 'successive', 'whole'];

export function unitOf(word: string, language: 'zh' | 'en'): PeriodUnit | undefined {
  const lower = word.toLowerCase().replace(/s$/, '');
  return periodUnits.find((unit) =>
    language === 'en' ? unit.en.includes(lower) : unit.zh.some((zh) => new RegExp(`^${zh}$`).test(word)),
  );
}

/** Rounds away floating-point noise: 5 / 10000 * 100 → 0.05. */
export function round(value: number): number {
  return Number(value.toPrecision(10));
}

export function periodFigure(value: number, unit: PeriodUnit, text: string, weak = false): Figure {
  return {
    group: 'period',
    key: `${round(value)} ${unit.name}`,
    label: `${round(value)} ${value === 1 ? unit.name : unit.plural}`,
    weak,
    text,
  };
}

export function rateFigure(percent: number, text: string): Figure {
  const value = round(percent);
  return { group: 'rate', key: `%:${value}`, label: `${value}%`, text };
}

export function amountFigure(currency: string, value: number, text: string): Figure {
  return { group: 'amount', key: `${currency}:${round(value)}`, label: `${currency} ${round(value)}`, text };
}
