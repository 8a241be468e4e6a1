import { chineseNumeralPattern, englishNumberPattern, parseNumber } from './numerals';

/**
 * Rewrites the notations that state one figure in several numbers, so that each figure is read
 * once: "one (1) year" / "一（1）年" → "1 year" / "1年", and the multiplications of the
 * suspension periods, whose factors are not figures of their own:
 *   "360（15 X24）个小时" / "360 (15 × 24) hours" → "360个小时" / "360 hours"
 *   "7日（7X24即168个小时）" / "7 days (7×24, i.e. 168 hours)" → "7日（168个小时）" / "7 days (168 hours)"
 * A multiplication left after these ("7×24电话") is a service-hours expression, read elsewhere.
 * Works on half-width text.
 */

/** "×", "x", "X", "*" between two numbers, with any spacing: "15 X24", "7×24", "15 × 24". */
export const timesPattern = String.raw`\s*[×xX*]\s*`;

const repeatedNumber = new RegExp(
  String.raw`(${englishNumberPattern}|${chineseNumeralPattern})\s*\(\s*(\d+)\s*\)`,
  'gi',
);
// "360 (15 × 24)": the product, then its factors in brackets
const productWithFactors = new RegExp(String.raw`(\d+)\s*\(\s*(\d+)${timesPattern}(\d+)\s*\)`, 'g');
// "7X24即168", "7×24, i.e. 168", "7 × 24 = 168": factors, then the product
const factorsWithProduct = new RegExp(
  String.raw`(\d+)${timesPattern}(\d+)\s*[,，]?\s*(?:即|i\.e\.,?|that is,?|=)\s*(?=(\d+))`,
  'g',
);

export function collapseRepeatedNumbers(text: string): string {
  return text.replace(repeatedNumber, (match, word: string, digits: string) =>
    parseNumber(word) === Number(digits) ? digits : match,
  );
}

export function resolveMultiplications(text: string): string {
  return text
    .replace(productWithFactors, (match, product: string, a: string, b: string) =>
      Number(a) * Number(b) === Number(product) ? product : match,
    )
    .replace(factorsWithProduct, (match, a: string, b: string, product: string) =>
      Number(a) * Number(b) === Number(product) ? '' : match,
    );
}

export function rewriteNotations(text: string): string {
  return resolveMultiplications(collapseRepeatedNumbers(text));
}
