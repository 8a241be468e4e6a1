import type { Block, Language } from '../pipeline/types';
import { findPhrases } from './classify-text';
import { defaultParties, type Parties } from './parties';
import { rules, tags } from './rules';
import type { LanguageJudgement, Reason } from './types';

/**
 * Lead-in context. An item such as MaxCompute 10.3.1 "阿里云在进行系统及服务器配置、维护、升级时，
 * 需要短时间中断服务；" limits nothing on its own; it does under its lead-in, 10.3 "…下述情况不属于
 * 阿里云违约：". So a block is judged with the block that introduces it: the lead-in's tags pass
 * down, with the lead-in's phrases as reasons (marked with the lead-in's ref).
 */

/** Whether a text introduces a list: it ends with a colon ("… in the following circumstances:"). */
export function isLeadIn(text: string, language: Language): boolean {
  return rules[language].leadIn.test(text.trim());
}

/**
 * The block a block is read with, if any: its parent when the parent's text is a lead-in; for a
 * list item directly under a section, the paragraph that opens the list when that is a lead-in
 * (membership agreement 10: "You will defend, indemnify … concerning your and/or your End
 * Users:" followed by items (a)–(e)).
 */
export function leadInOf(
  block: Block,
  language: Language,
  parent: Block | undefined,
  listOpener: Block | undefined,
  textOf: (block: Block) => string,
): Block | undefined {
  if (parent && parent.kind !== 'section') return isLeadIn(textOf(parent), language) ? parent : undefined;
  if (block.kind !== 'item' || !listOpener) return undefined;
  return isLeadIn(textOf(listOpener), language) ? listOpener : undefined;
}

/** The rules' judgement of a text on its own: tags and, per tag, the rule and phrase found. */
export function judgeText(
  text: string,
  language: Language,
  parties: Parties = defaultParties[language],
): LanguageJudgement {
  const why: LanguageJudgement['why'] = {};
  for (const finding of findPhrases(text, language, parties)) {
    const reasons = (why[finding.tag] ??= []);
    if (!reasons.some((r) => r.phrase === finding.phrase)) {
      reasons.push({ rule: finding.rule, phrase: finding.phrase });
    }
  }
  return { tags: tags.filter((tag) => why[tag]), why };
}

/** A judgement with its lead-in's added: every tag of the lead-in, its reasons marked as such. */
export function withLeadIn(
  own: LanguageJudgement,
  leadIn: LanguageJudgement,
  leadInRef: string,
): LanguageJudgement {
  const why: LanguageJudgement['why'] = {};
  for (const tag of tags) {
    const inherited: Reason[] = (leadIn.why[tag] ?? []).map((r) => ({ ...r, leadIn: r.leadIn ?? leadInRef }));
    const reasons = [...(own.why[tag] ?? []), ...inherited];
    if (reasons.length > 0) why[tag] = reasons;
  }
  return { tags: tags.filter((tag) => why[tag]), why };
}

/**
 * Judges every block of one language version in document order, so that a lead-in's own
 * judgement (itself possibly inherited, as in 3.2(g)(i) under 3.2(g)) is known before its items.
 * Sections are headings, not clauses: they get no tags. `parties` are the agreement's names for
 * provider and customer (partiesOf over its whole text).
 */
export function judgeBlocks(
  blocks: Block[],
  language: Language,
  textOf: (block: Block) => string,
  parties: Parties = defaultParties[language],
): Map<string, LanguageJudgement> {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const judged = new Map<string, LanguageJudgement>();
  // The last block that is not a list item, per parent: what opens a run of items.
  const opener = new Map<string | null, Block>();
  for (const block of blocks) {
    if (block.kind !== 'item') opener.set(block.parent, block);
    if (block.kind === 'section') {
      judged.set(block.id, { tags: [], why: {} });
      continue;
    }
    const own = judgeText(textOf(block), language, parties);
    const parent = block.parent ? byId.get(block.parent) : undefined;
    const listOpener = block.kind === 'item' ? opener.get(block.parent) : undefined;
    const leadIn = leadInOf(block, language, parent, listOpener, textOf);
    judged.set(block.id, leadIn ? withLeadIn(own, judged.get(leadIn.id)!, leadIn.ref) : own);
  }
  return judged;
}
