/**
 * Numbers as the agreements write them: ASCII or full-width digits ("１５", "1,000", "0.05"),
 * Chinese numerals ("七", "十五", "三百六十", "两"), English words ("seven", "twenty-four",
 * "three hundred and sixty"). Each parser returns null for text that is not a number, so
 * patterns can be generous and the value decides.
 */

/** Full-width forms (U+FF01–FF5E: "１５", "（", "％", "Ｘ") to their ASCII twins; the rest as is. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export const digitsPattern = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
export const chineseNumeralPattern = '[零〇一二两三四五六七八九十百千万]+';

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "七" → 7, "十五" → 15, "二十四" → 24, "三百六十" → 360, "一万" → 10000. */
export function parseChineseNumeral(text: string): number | null {
  if (!new RegExp(`^${chineseNumeralPattern}$`).test(text)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in chineseDigits) digit = chineseDigits[c];
    else if (c in chineseUnits) {
      section += (digit ?? 1) * chineseUnits[c];
      digit = null;
    } else {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const englishSmall = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const englishWords = new Map<string, number>([
  ...englishSmall.map((word, n) => [word, n] as [string, number]),
  ...englishTens.map((word, i) => [word, (i + 2) * 10] as [string, number]),
]);

const englishWord = [...englishWords.keys(), 'hundred', 'thousand']
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "seven", "twenty-four", "three hundred and sixty"; word-bounded, case-insensitive use. */
export const englishNumberPattern = String.raw`\b(?:${englishWord})(?:(?:-| and | )(?:${englishWord}))*\b`;

/** "seven" → 7, "twenty-four" → 24, "three hundred and sixty" → 360. */
export function parseEnglishNumber(text: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (englishWords.has(word)) current += englishWords.get(word)!;
    else return null;
  }
  return total + current;
}

/** Any of the three notations; "1,000" → 1000, "10万" → 100000. */
export function parseNumber(text: string): number | null {
  const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(万)?$/.exec(text.trim());
  if (digits) return Number(digits[1].replace(/,/g, '')) * (digits[2] ? 10000 : 1);
  return parseChineseNumeral(text.trim()) ?? parseEnglishNumber(text.trim());
}

/** A "1" written as a word rather than a digit: "一", "one", "a", "an". */
export function isWordOne(text: string): boolean {
  return /^(?:一|one|a|an)$/i.test(text.trim());
}
