import type { Language } from '../pipeline/types';

/**
 * The phrases that cite a clause, as named patterns a reviewer can read. Each pattern's `list`
 * group holds the printed numbers ("2.9, 4, 5, 8, 9, 10, 11 and 13"); `numberPattern` picks the
 * single numbers out of it. Everything else in the text (24 hours,
 * "Cap. 53 B", "section 64A of the Australian Consumer Law", "7×24", dates) has no keyword
 * before it, or fails the number's own shape, and so is never a reference.
 */

// "2.6", "12.1", "9.1(g)", "3.2(g)(i)", "9.1（g）"; never "64A" or "2016/679".
const number = String.raw`\d+(?:\.\d+)*(?:[(（][a-z]{1,4}[)）])*(?![A-Za-z0-9/])`;
// A number in a list that is a quantity, not a clause: "Clause 11 and 24 hours".
const notQuantity = String.raw`(?!\s*(?:hours?|days?|months?|years?|business|calendar|%|percent))`;
const enSeparator = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and\/or|and|or|to|through)\s+)`;
const zhSeparator = String.raw`\s*(?:、|，|,|和\/或|及\/或|和|及|或|至)\s*`;

export const numberPattern = new RegExp(number, 'g');

export interface ClausePattern {
  name: string;
  pattern: RegExp;
  /** What the phrase points at: printed numbers, the clause it stands in, or a sibling item. */
  means: 'numbers' | 'this-clause' | 'items';
}

export const clausePatterns: Record<Language, ClausePattern[]> = {
  en: [
    {
      // "Clause 2.6", "Clauses 2.9, 4, 5, 8, 9, 10, 11 and 13", "Clause 3 and/or 9", "Section 7"
      name: 'clause-numbers',
      pattern: new RegExp(
        String.raw`\b(?:[Cc]lauses?|CLAUSES?|Sections?|Articles?)\s+(?<list>${number}(?:${enSeparator}${number}${notQuantity})*)`,
        'g',
      ),
      means: 'numbers',
    },
    {
      // "The above restrictions of this Clause do not apply" (a number after it is the rule above)
      name: 'this-clause',
      pattern: /\b[Tt]his [Cc]lause\b(?!\s*\d)/g,
      means: 'this-clause',
    },
    {
      // "sub-paragraph (a) above", "sub-paragraphs (a) and (b)"
      name: 'sub-paragraph',
      pattern:
        /\b(?:[Ss]ub-?paragraphs?|[Pp]aragraphs?)\s+(?<list>\([a-z]{1,4}\)(?:(?:\s*,\s*|\s+(?:and|or|and\/or)\s+)\([a-z]{1,4}\))*)/g,
      means: 'items',
    },
  ],
  zh: [
    {
      // "第3条", "第12.1条", "本协议第2.6条", "本服务第3条", "上述第4条", "第2.9、4、5、8、9、10、11和13条";
      // never a statute's article: "澳大利亚消费者法第64A条", "《网络安全法》第21条"
      name: 'clause-numbers',
      pattern: new RegExp(
        String.raw`(?<![法》例])第\s*(?<list>${number}(?:${zhSeparator}${number})*)\s*条(?![例])`,
        'g',
      ),
      means: 'numbers',
    },
    {
      // "遵守本条之保密义务", "本条上述限制条款"; not "本条款" (these Terms) or "本条件"
      name: 'this-clause',
      pattern: /本条(?![款件例])/g,
      means: 'this-clause',
    },
    {
      // "上文第(a)项", "第(a)项和第(b)项"
      name: 'sub-paragraph',
      pattern: /第\s*(?<list>[(（][a-z]{1,4}[)）])\s*项/g,
      means: 'items',
    },
  ],
};

/** What comes right after a clause list that makes it another instrument's: "of the Australian …". */
export const otherInstrumentAfter: Partial<Record<Language, RegExp>> = {
  en: /^\s+of\s+the\s+(?!Agreement|Terms|Addendum|Supplemental)[A-Z]/,
};

/** What comes right before a number the text adds itself: "as a new Clause 9.1(g)". */
export const declaresNewBefore: Record<Language, RegExp> = {
  en: /\bas a new\s*$/i,
  zh: /作为新的\s*$/,
};
