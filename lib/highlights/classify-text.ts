import type { Language } from '../pipeline/types';
import { defaultParties, type Parties } from './parties';
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

const compiled = new Map<string, CompiledRule[]>();

/** A rule phrase with the parties' names in place of `{provider}` and `{customer}`. */
export function withParties(phrase: string, parties: Parties): string {
  const choice = (names: string[]) => `{${names.join('|')}}`;
  return phrase
    .replaceAll('{provider}', choice(parties.provider))
    .replaceAll('{customer}', choice(parties.customer));
}

function compiledRules(language: Language, parties: Parties): CompiledRule[] {
  const key = `${language} ${parties.provider.join('|')} ${parties.customer.join('|')}`;
  let list = compiled.get(key);
  if (!list) {
    const compile = (phrase: string) => compilePhrase(withParties(phrase, parties), language);
    list = rules[language].rules.map((rule) => ({
      rule,
      patterns: rule.phrases.map(compile),
      unless: (rule.unless ?? []).map(compile),
    }));
    compiled.set(key, list);
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

/**
 * Every phrase of every rule found in the text, in reading order. `parties` are the agreement's
 * names for provider and customer (parties.ts); without them, the pronouns and Alibaba Cloud.
 */
export function findPhrases(
  text: string,
  language: Language,
  parties: Parties = defaultParties[language],
): Finding[] {
  const plain = language === 'en' ? normaliseText(text).replace(/[“”]/g, '"') : normaliseText(text);
  const findings: Finding[] = [];
  for (const { rule, patterns, unless } of compiledRules(language, parties)) {
    const vetoes = unless.flatMap((pattern) => spans(pattern, plain));
    const taken: [number, number][] = [];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
        const end = match.index + match[0].length;
        const vetoed = vetoes.some(([from, to]) => from < end && to > match!.index);
        if (vetoed || (rule.notByCustomer && customerActs(plain, match.index, language, parties))) {
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
export function classifyText(
  text: string,
  language: Language,
  parties: Parties = defaultParties[language],
): Classification {
  return summarise(findPhrases(text, language, parties));
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

// "If you release the services or delete data, …", "after you remove it from your account":
// the customer deletes, not the provider — one of the words that make it the actor, or its name
// right before the verb.
function customerActs(text: string, index: number, language: Language, parties: Parties): boolean {
  const { customerActs: words, clauseBreak } = rules[language];
  let start = index;
  while (start > 0 && !clauseBreak.test(text[start - 1])) start--;
  const before = text.slice(start, index);
  const named = parties.customer.some((name) =>
    language === 'en' ? new RegExp(`\\b${name}\\s+$`, 'i').test(before) : before.endsWith(name),
  );
  return (
    named ||
    words.some((word) =>
      language === 'en' ? new RegExp(`\\b${word}\\b`, 'i').test(before) : before.includes(word),
    )
  );
}
