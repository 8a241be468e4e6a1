import {
  chineseNumeralPattern,
  digitsPattern,
  englishNumberPattern,
  isWordOne,
  parseNumber,
} from './numerals';
import { timesPattern } from './rewrite-notations';
import type { FigureRule } from './rules';
import { amountFigure, englishPeriodModifiers, periodFigure, periodUnits, rateFigure, unitOf } from './units';
import type { Figure } from './types';

/**
 * Rules for rates, amounts, service hours and periods, in that order: "万分之五" must be read as
 * a rate before "五" could be read as anything else, and "7×24小时" as service hours before
 * "24小时" could be read as a period.
 */

const zhNumber = `${digitsPattern}万?|${chineseNumeralPattern}`;
const enNumber = `${digitsPattern}|${englishNumberPattern}`;
const both = ['zh', 'en'] as const;

/** A Chinese-style fraction: "万分之五" is five parts in ten thousand. */
const zhFractions: Record<string, number> = { 万分之: 0.01, 千分之: 0.1, 百分之: 1 };

const rateRules: FigureRule[] = [
  {
    name: 'Chinese fraction rate',
    languages: ['zh'],
    pattern: new RegExp(`(万分之|千分之|百分之)(${zhNumber})`, 'g'),
    read: (m) => number(m[2], (n) => rateFigure(n * zhFractions[m[1]], m[0])),
  },
  {
    name: 'percent',
    languages: both,
    pattern: new RegExp(String.raw`(${enNumber})\s*(?:%|percent\b|per cent\b)`, 'gi'),
    read: (m) => number(m[1], (n) => rateFigure(n, m[0])),
  },
  {
    // "five ten-thousandths", "5 per ten thousand"
    name: 'English fraction rate',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`(${enNumber})\s+(?:ten-thousandths?|ten thousandths?|(?:per|in) ten thousand)\b`,
      'gi',
    ),
    read: (m) => number(m[1], (n) => rateFigure(n / 100, m[0])),
  },
];

const amountRules: FigureRule[] = [
  {
    // "USD100", "US$ 100", "100美元", "100 US dollars"
    name: 'US dollars',
    languages: both,
    pattern: new RegExp(
      String.raw`(?:USD|US\$)\s*(${digitsPattern})|(${zhNumber}|${enNumber})\s*(?:美元|USD\b|US dollars?\b)`,
      'gi',
    ),
    read: (m) => number(m[1] ?? m[2], (n) => amountFigure('USD', n, m[0])),
  },
  {
    // "人民币100元", "RMB 100", "100元", "100 yuan"
    name: 'renminbi',
    languages: both,
    pattern: new RegExp(
      String.raw`(?:人民币|RMB|CNY)\s*(${zhNumber})\s*元?|(${zhNumber}|${enNumber})\s*(?:元|yuan\b|RMB\b|CNY\b)`,
      'gi',
    ),
    read: (m) => number(m[1] ?? m[2], (n) => amountFigure('CNY', n, m[0])),
  },
];

const serviceHoursRules: FigureRule[] = [
  {
    // "7×24电话", "7×24小时在线工单", "24x7", "24/7": days a week × hours a day
    name: 'service hours',
    languages: both,
    pattern: new RegExp(String.raw`\b(\d+)(?:${timesPattern}|\s*/\s*)(\d+)(?:\s*个?小时|\s*hours?\b)?`, 'g'),
    read: (m) => serviceHours(Number(m[1]), Number(m[2]), m[0]),
  },
];

function serviceHours(a: number, b: number, text: string): Figure | null {
  const [days, hours] = a === 24 ? [b, a] : [a, b];
  if (hours !== 24 || days < 1 || days > 7) return null;
  return { group: 'service hours', key: `${days}x24`, label: `${days}×24 service`, text };
}

const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const zhUnits = alternatives(periodUnits.flatMap((unit) => unit.zh));
const enUnits = alternatives(periodUnits.flatMap((unit) => unit.en));
const enOrdinals = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';

const periodRules: FigureRule[] = [
  {
    // "24小时", "七日", "第五个自然日", "12个月", "一年": the numeral is its own word in Chinese
    name: 'Chinese period',
    languages: ['zh'],
    pattern: new RegExp(`(${zhNumber}) ?(${zhUnits})`, 'g'),
    read: (m) => number(m[1], (n) => periodFigure(n, unitOf(m[2], 'zh')!, m[0])),
  },
  {
    // "24 hours", "seven days", "15-day", "72 consecutive hours", "a month", "30 calendar days"
    name: 'English period',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`(${enNumber}|\ban?\b)[\s-]+(?:(?:${englishPeriodModifiers.join('|')})\s+)?(${enUnits})s?\b`,
      'gi',
    ),
    read: (m) => number(m[1], (n) => periodFigure(n, unitOf(m[2], 'en')!, m[0])),
  },
  {
    // "the fifth calendar day", "the 7th day"
    name: 'English ordinal day',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(\d+(?:st|nd|rd|th)|${enOrdinals})\s+((?:calendar |natural |business |working )?day)\b`,
      'gi',
    ),
    // "the first day" is as loose as "a day": weak
    read: (m) => periodFigure(ordinal(m[1]), unitOf(m[2], 'en')!, m[0], ordinal(m[1]) === 1),
  },
];

export const quantityRules: FigureRule[] = [
  ...rateRules,
  ...amountRules,
  ...serviceHoursRules,
  ...periodRules,
];

/** Parses a number and builds the figure; "a", "an", "one" and "一" are a weak 1. */
function number(text: string, build: (n: number) => Figure): Figure | null {
  const value = isWordOne(text) ? 1 : parseNumber(text);
  if (value === null) return null;
  const figure = build(value);
  return isWordOne(text) ? { ...figure, weak: true } : figure;
}

function ordinal(text: string): number {
  const digits = /^\d+/.exec(text);
  return digits ? Number(digits[0]) : enOrdinals.split('|').indexOf(text.toLowerCase()) + 1;
}
