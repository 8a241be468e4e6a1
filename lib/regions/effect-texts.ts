import type { Row } from '../pipeline/align';
import { blockId } from '../pipeline/clause-id';
import { languages, type Block, type Language } from '../pipeline/types';
import {
  additionMarkers,
  containsQuote,
  mentionsClause,
  newReferencePatterns,
  numbered,
  plainOf,
  printedRef,
  replacementMarkers,
  splitAfter,
  substitute,
} from './addendum-text';
import type { Bilingual } from './schema';

/**
 * Builds, for one addendum item and one target clause, the blocks the target reads as in the
 * region, in every language the agreement has, from the item's own text: the words after
 * "shall be replaced by the following:", the words after "as a new Clause 9.1(g):", the clauses
 * the item quotes ("11.6 Liability for Consumer Guarantees. …"), or the target with one
 * reference changed. Each returns the blocks, or the problems that stop it (naming the language).
 */

export type Texts = Partial<Record<Language, Block>>;
export type Built = { texts: Texts; problems: string[] };

const markerNames = {
  replace: { en: '"shall be replaced by the following:"', zh: '"应替换为以下内容："' },
  add: { en: '"as a new Clause …:"', zh: '"作为新的第…条增加至本协议："' },
  reference: { en: '"shall be replaced by …"', zh: '"应替换为…"' },
};

function eachLanguage(item: Row, build: (itemBlock: Block, language: Language) => Block | string): Built {
  const built: Built = { texts: {}, problems: [] };
  for (const language of languages) {
    const itemBlock = item.blocks[language];
    if (!itemBlock) continue;
    const result = build(itemBlock, language);
    if (typeof result === 'string') built.problems.push(`${result} (${language})`);
    else built.texts[language] = result;
  }
  return built;
}

/** "11.4 Alibaba Cloud shall…" → "11.4"; a section heading "10. Indemnification" → "10.". */
function printedNumber(block: Block): string {
  const first = plainOf(block).split(' ')[0];
  return block.label && first.startsWith(block.label) ? first : (block.label ?? '');
}

/** The target as the item rewrites it; a replaced section reads as one clause, title first. */
export function replacingTexts(item: Row, target: Row): Built {
  return eachLanguage(item, (itemBlock, language) => {
    const targetBlock = target.blocks[language];
    if (!targetBlock) return `clause ${target.ref} has no text`;
    const split = splitAfter(itemBlock.content, replacementMarkers[language]);
    if (!split) return `the item has no ${markerNames.replace[language]}`;
    if (!mentionsClause(split.lead, target.ref))
      return `the item does not name clause ${printedRef(target.ref)}`;
    const label = printedNumber(targetBlock);
    const content = label ? numbered(label, split.rest) : split.rest;
    const kind = targetBlock.kind === 'section' ? 'clause' : targetBlock.kind;
    return { ...targetBlock, kind, content, line: itemBlock.line };
  });
}

/** A clause the region's text has and the agreement does not print (an added one), as a row. */
export function rowOf(ref: string, texts: Texts): Row {
  const block = (texts.en ?? texts.zh)!;
  return { id: blockId(ref), ref, part: block.part, kind: block.kind, depth: block.depth, blocks: texts };
}

/** A new clause: quoted under the item ("11.6 …" as au-addendum.11.6), or after the marker. */
export function addedTexts(item: Row, ref: string, parent: Row, quoted: Row | undefined): Built {
  const last = ref.split('.').at(-1)!;
  const isItem = /^[a-z]+$/.test(last);
  return eachLanguage(item, (itemBlock, language) => {
    const parentBlock = parent.blocks[language];
    if (!parentBlock) return `clause ${parent.ref} has no text`;
    const place = {
      id: blockId(ref),
      ref,
      part: parentBlock.part,
      kind: isItem ? ('item' as const) : ('clause' as const),
      depth: parentBlock.depth + 1,
      parent: parentBlock.id,
    };
    const quotedBlock = quoted?.blocks[language];
    if (quotedBlock)
      return { ...place, label: quotedBlock.label, content: quotedBlock.content, line: quotedBlock.line };
    const split = splitAfter(itemBlock.content, additionMarkers[language]);
    if (!split) return `the item quotes no clause ${ref} and has no ${markerNames.add[language]}`;
    if (!mentionsClause(split.lead, ref)) return `the item does not name clause ${printedRef(ref)}`;
    const label = isItem ? `(${last})` : ref;
    return { ...place, label, content: numbered(label, split.rest), line: itemBlock.line };
  });
}

/** The target with the words `reference` names replaced by the item's new reference. */
export function modifiedTexts(item: Row, target: Row, reference: Bilingual): Built {
  return eachLanguage(item, (itemBlock, language) => {
    const targetBlock = target.blocks[language];
    if (!targetBlock) return `clause ${target.ref} has no text`;
    const itemText = plainOf(itemBlock);
    if (!mentionsClause(itemText, target.ref))
      return `the item does not name clause ${printedRef(target.ref)}`;
    const match = newReferencePatterns[language].exec(itemText);
    if (!match) return `the item has no ${markerNames.reference[language]}`;
    const content = substitute(targetBlock.content, reference[language], match[1]);
    if (!content) return `clause ${target.ref} does not contain "${reference[language]}"`;
    return { ...targetBlock, content };
  });
}

/** Problems with a condition that is not the item's own words. */
export function conditionProblems(item: Row, condition: Bilingual): string[] {
  return languages.flatMap((language) => {
    const itemBlock = item.blocks[language];
    if (!itemBlock || containsQuote(plainOf(itemBlock), condition[language])) return [];
    return [`the condition "${condition[language]}" is not in the item's text (${language})`];
  });
}
