import type { Language } from '../pipeline/types';
import { compilePhrase, matchedPhrase } from './phrase';
import { rules, tags, type Rule, type Tag } from './rules';

/** The tags of one text and, per tag, the phrases that triggered it, as the CLI prints them. */
export interface Classification {
  tags: Tag[];
  why: Partial<Record<Tag, string[]>>;
}

/** One phrase a rule found: where, which rule, and the words as the text has them. */
export interface Finding {
  tag: Tag;
  rule: string;
  phrase: string;
  index: number;
}

interface CompiledRule {
  rule: Rule;
  patterns: RegExp[];
  unless: RegExp[];
}

const compiled = new Map<Language, CompiledRule[]>();

function compiledRules(language: Language): CompiledRule[] {
  let list = compiled.get(language);
  if (!list) {
    list = rules[language].rules.map((rule) => ({
      rule,
      patterns: rule.phrases.map((phrase) => compilePhrase(phrase, language)),
      unless: (rule.unless ?? []).map((phrase) => compilePhrase(phrase, language)),
    }));
    compiled.set(language, list);
  }
  return list;
}

/**
 * Text as the rules expect it: typographic quotes made plain ("Alibaba Cloud’s" → "Alibaba
 * Cloud's"), Markdown bold markers dropped (a reviewer may paste "**10.6. …**"), and runs of
 * white space made one space.
 */
export function normaliseText(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** Every phrase of every rule found in the text, in reading order. */
export function findPhrases(text: string, language: Language): Finding[] {
  const plain = language === 'en' ? normaliseText(text).replace(/[“”]/g, '"') : normaliseText(text);
  const findings: Finding[] = [];
  for (const { rule, patterns, unless } of compiledRules(language)) {
    const vetoes = unless.flatMap((pattern) => spans(pattern, plain));
    const taken: [number, number][] = [];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
        const end = match.index + match[0].length;
        const vetoed = vetoes.some(([from, to]) => from < end && to > match!.index);
        if (vetoed || (rule.notByCustomer && customerActs(plain, match.index, language))) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        // "将删除您的数据": two phrases of one rule on the same words give one reason.
        if (taken.some(([from, to]) => from < end && to > match!.index)) continue;
        taken.push([match.index, end]);
        findings.push({ tag: rule.tag, rule: rule.name, phrase: matchedPhrase(match), index: match.index });
      }
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** Tags and reasons for one clause or sentence, without context: what the CLI prints. */
export function classifyText(text: string, language: Language): Classification {
  return summarise(findPhrases(text, language));
}

/** Groups findings by tag, in the fixed tag order, each phrase once. */
export function summarise(findings: Finding[]): Classification {
  const why: Partial<Record<Tag, string[]>> = {};
  for (const tag of tags) {
    const phrases = [...new Set(findings.filter((f) => f.tag === tag).map((f) => f.phrase))];
    if (phrases.length > 0) why[tag] = phrases;
  }
  return { tags: tags.filter((tag) => why[tag]), why };
}

function spans(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

// "If you release the services or delete data, …": the customer deletes, not Alibaba Cloud.
function customerActs(text: string, index: number, language: Language): boolean {
  const { customerActs: words, clauseBreak } = rules[language];
  let start = index;
  while (start > 0 && !clauseBreak.test(text[start - 1])) start--;
  const before = text.slice(start, index);
  return words.some((word) =>
    language === 'en' ? new RegExp(`\\b${word}\\b`, 'i').test(before) : before.includes(word),
  );
}
