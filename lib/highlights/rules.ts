import type { Language } from '../pipeline/types';
import { englishRules } from './rules-en';
import { chineseRules } from './rules-zh';
import { tags, type Tag } from './types';

/**
 * The highlight rules, as data a reviewer can read: for each language, named rules of phrases
 * (the phrase syntax is explained in phrase.ts). The definitions they implement are those of
 * the product brief:
 *
 * - liability: limits, excludes, caps or disclaims the provider's liability or warranties
 *   (no indirect damages, a cap at fees paid, "as is", "not deemed a breach", force majeure),
 *   makes the customer indemnify the provider, or puts losses and consequences on the customer.
 * - deletion: deletes, destroys, clears or releases the customer's data, messages, instances or
 *   configuration, sets the period after which that happens, or warns that the provider keeps
 *   no copy so the customer must back up or migrate.
 *
 * A clause gets a tag when any phrase of any rule of that tag occurs in it; the phrases found
 * are the reasons shown on the highlight. What rules get wrong is corrected per clause in the
 * agreement's front matter (`highlights`), not here.
 */
export { tags, type Tag };

export interface Rule {
  /** Shown to reviewers next to the phrase it found, e.g. "caps-liability". */
  name: string;
  tag: Tag;
  /** What the rule catches and why that is a highlight, in plain words. */
  note: string;
  /** A sentence the rule marks, for reviewers (and the unit tests that hold it to it). */
  example: string;
  /**
   * What the rule looks for. `{provider}` and `{customer}` stand for the parties' names as the
   * agreement defines them (parties.ts): "indemnify {provider}" reads "indemnify Alibaba Cloud",
   * "indemnify us" and, in another agreement, "indemnify Anthropic".
   */
  phrases: string[];
  /** Phrases that cancel a match they overlap: "released and discharged" is not deletion. */
  unless?: string[];
  /**
   * Only when the provider acts: a match is skipped when, since the last comma or full stop,
   * the text says the customer is the one acting ("you may view and delete applications").
   */
  notByCustomer?: boolean;
}

export interface LanguageRules {
  rules: Rule[];
  /** Words that make the customer the actor of what follows, for `notByCustomer` rules. */
  customerActs: string[];
  /** How far back `customerActs` looks: to the last of these characters before the match. */
  clauseBreak: RegExp;
  /** Text that ends by introducing a list: "… do not constitute a breach by Alibaba Cloud:". */
  leadIn: RegExp;
}

export const rules: Record<Language, LanguageRules> = { en: englishRules, zh: chineseRules };

/** Every rule name, in either language: what the page labels (one interface string per name). */
export const ruleNames = [
  ...new Set([...englishRules.rules, ...chineseRules.rules].map((rule) => rule.name)),
];
