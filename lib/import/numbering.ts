/**
 * Numbers as agreements print them, read into the one form the content format uses: arabic
 * section numbers ("3"), dotted clause numbers ("3.1.2") and item labels ("(a)"). Roman
 * ("I. Account Registration") and Chinese ("第一条", "一、") section numbers are read as the
 * arabic number they stand for; writing them that way is a `replaced` repair.
 */

export type Numbered =
  | { kind: 'clause'; number: string; rest: string }
  | { kind: 'section'; number: number; printed: string; rest: string; style: 'arabic' | 'roman' | 'chinese' }
  | { kind: 'item'; label: string }
  | { kind: 'none' };

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const chineseDigits = '零一二三四五六七八九';

export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i]];
    const next = romanValues[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** "十二" → 12, "二十" → 20, "一百零五" → 105. */
export function chineseToNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    const d = chineseDigits.indexOf(char);
    if (d >= 0) digit = d;
    else if (char === '十') [total, digit] = [total + (digit || 1) * 10, 0];
    else if (char === '百') [total, digit] = [total + (digit || 1) * 100, 0];
  }
  return total + digit;
}

export function readNumber(plain: string): Numbered {
  const clause = /^(\d+(?:\.\d+)+)\.?(?=\s|[^\d.]|$)\s*(.*)$/s.exec(plain);
  if (clause) return { kind: 'clause', number: clause[1], rest: clause[2] };
  // "(a) …", "- (iv) …", "- i. reduce …", "a. Subscription order."
  const item = /^(?:[-*+]\s+)?(?:\((?<paren>[a-z]{1,4})\)|(?<dot>[ivx]{1,4}|[a-z])\.)\s/.exec(plain);
  if (item?.groups) return { kind: 'item', label: item.groups.paren ?? item.groups.dot };
  const arabic = /^(\d{1,3})(?:\.\s*|\s+|\.?(?=[【\u4e00-\u9fff]))(\S.*)$/s.exec(plain);
  if (arabic)
    return {
      kind: 'section',
      number: Number(arabic[1]),
      printed: `${arabic[1]}.`,
      rest: arabic[2],
      style: 'arabic',
    };
  const roman = /^([IVXLC]{1,6})\.\s+(\S.*)$/s.exec(plain);
  if (roman)
    return {
      kind: 'section',
      number: romanToNumber(roman[1]),
      printed: `${roman[1]}.`,
      rest: roman[2],
      style: 'roman',
    };
  const article = /^(第([一二三四五六七八九十百零]+)条)\s*(.*)$/s.exec(plain);
  if (article)
    return {
      kind: 'section',
      number: chineseToNumber(article[2]),
      printed: article[1],
      rest: article[3],
      style: 'chinese',
    };
  const listed = /^(([一二三四五六七八九十]+)、)\s*(.*)$/s.exec(plain);
  if (listed)
    return {
      kind: 'section',
      number: chineseToNumber(listed[2]),
      printed: listed[1],
      rest: listed[3],
      style: 'chinese',
    };
  return { kind: 'none' };
}
