/**
 * Numbers that are not figures of the agreement: dates, web addresses, version and company
 * numbers, statute citations. Each is blanked out before figures are read, so that
 * "2018年3月16日", "company number 06721521" or "Regulation (EU) 2016/679" can never be read as
 * a period or an amount. Works on text already in half-width form.
 */

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** Named patterns, in the order they are applied. */
export const notFigurePatterns: { name: string; pattern: RegExp }[] = [
  // "https://www.alibabacloud.com/marketplace", "www.aliyun.com", "201802101429_52750.htm"
  {
    name: 'web address',
    pattern:
      /(?:https?:\/\/|www\.)[^\s，。；、)"“”]+|[\w.-]+\.(?:html?|com|cn|net|org)\b[^\s，。；、)"“”]*/gi,
  },
  { name: 'email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  // "2018年3月16日", "2018年5月", "（2002年修订版）": a four-digit year is a date, never a period
  {
    name: 'Chinese date',
    pattern:
      /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g,
  },
  // "March 16, 2018", "16 March 2018", "October 2019"
  {
    name: 'English date',
    pattern: new RegExp(
      String.raw`\b${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${month}\s+\d{4}\b|\b${month}\s+\d{4}\b`,
      'g',
    ),
  },
  // "20200402", "2018-03-16"
  { name: 'numeric date', pattern: /\b(?:19|20)\d{2}(?:-\d{2}-\d{2}|\d{4})\b/g },
  // "v1.2", "version 2.0", "版本1.0"
  { name: 'version number', pattern: /\b[vV]\d+(?:\.\d+)+\b|(?:\bversion|版本)\s*\d+(?:\.\d+)+/gi },
  // "company number 06721521", "公司编号为06721521"
  {
    name: 'company number',
    pattern:
      /(?:company\s+(?:number|no\.?)|registration\s+(?:number|no\.?)|公司编号|注册号)\s*(?:为|:|is)?\s*\d+/gi,
  },
  // "Regulation (EU) 2016/679", "Cap. 53B", "(Rev Ed 2002)", "Act 1999"
  {
    name: 'statute citation',
    pattern:
      /\b(?:Regulation|Directive)\s*\((?:EU|EC)\)\s*(?:No\.?\s*)?\d+\/\d+|\bCap\.?\s*\d+\s*[A-Z]?\b|第\d+[A-Z]?章|\bRev\.?\s*Ed\.?\s*\d{4}|\bAct\s+\d{4}\b/g,
  },
];

/** Replaces every match with spaces of its length, keeping the other characters' positions. */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

export function maskNotFigures(text: string): string {
  return notFigurePatterns.reduce((masked, { pattern }) => blank(masked, pattern), text);
}

/**
 * The clause's own number at the start of its text ("3.2.1. 在您…", "(b) USD100…", "## 10 附则")
 * is its label, not a figure.
 */
export function stripLabel(text: string, label: string | null | undefined): string {
  const trimmed = text.trimStart();
  return label && trimmed.startsWith(label) ? trimmed.slice(label.length) : trimmed;
}
