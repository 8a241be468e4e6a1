import type { FigureRule } from './rules';
import type { Figure } from './types';

/**
 * Clause references, read as the list of clause numbers they name:
 *   "第3条和/或第9条", "第2.9、4、5、8、9、10、11和13条", "本服务第3条", "第9.1(g)条"
 *   "Clause 3 and/or 9", "Clauses 2.9, 4, 5, 8, 9, 10, 11 and 13", "this Clause 11.5"
 * "澳大利亚消费者法第64A条" cites a statute, not this agreement, and is left out; so is
 * "section 64A of the Australian Consumer Law", since the agreements call their own parts clauses.
 */

/** "3", "11.5", "9.1(g)", "3.2(g)(iv)" */
const clauseNumber = String.raw`\d+(?:\.\d+)*(?:\([a-z]{1,4}\))*`;
const zhJoin = String.raw`\s*(?:、|,|和/或|及/或|和|及|或|至)\s*`;
const enJoin = String.raw`\s*(?:,\s*(?:and\/or|and|or)?|and\/or|and|or|to)\s*`;

export const referenceRules: FigureRule[] = [
  {
    name: 'Chinese clause reference',
    languages: ['zh'],
    // not after 法 or 法》: "澳大利亚消费者法第51、52或53条"
    pattern: new RegExp(
      String.raw`(?<!法》?)第\s*(${clauseNumber}(?:${zhJoin}(?:第\s*)?${clauseNumber})*)\s*条`,
      'g',
    ),
    read: (m) => references(m[1], /、|,|和\/或|及\/或|和|及|或|至|第/g, m[0]),
  },
  {
    name: 'English clause reference',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:Clause|Article)s?\s+(${clauseNumber}(?:${enJoin}${clauseNumber}\b(?!\s+(?:days?|hours?|months?|years?)))*)`,
      'gi',
    ),
    read: (m) => references(m[1], /,|\band\/or\b|\band\b|\bor\b|\bto\b/g, m[0]),
  },
];

function references(list: string, separators: RegExp, text: string): Figure[] {
  return list
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((number): Figure => ({
      group: 'reference',
      key: `clause:${number}`,
      label: `Clause ${number}`,
      text,
    }));
}
