import { toString } from 'mdast-util-to-string';
import type { Agreement } from '../pipeline/types';
import type { Row } from '../pipeline/align';
import { languages, type Block, type Language } from '../pipeline/types';
import { isBold } from './emphasis';
import { judgeBlocks } from './lead-in';
import { applyOverrides, collectOverrides } from './overrides';
import { partiesOf } from './parties';
import { tags, type Tag } from './rules';
import type { AgreementHighlights, ClauseHighlight, LanguageJudgement } from './types';

/**
 * The highlight stage: works on the aligned rows of an agreement (both languages parsed), after
 * the clause tree and alignment, because a pair is judged as one. Per row:
 *   1. each language version is judged by its rules, with its lead-in (lead-in.ts), the
 *      provider and customer being the names that version defines (parties.ts);
 *   2. the pair's tags are the union: a tag on either side tags the pair;
 *   3. tags one side's rules give and the other's don't are listed as a disagreement;
 *   4. the front-matter `highlights` of either file are applied last (overrides.ts), and a
 *      tag an override settles is no longer a disagreement.
 * Bold is recorded per language for reviewers; it never adds or removes a tag.
 */
export function classifyAgreement(agreement: Agreement): AgreementHighlights {
  const versions = languages.flatMap((l) => (agreement.texts[l] ? [agreement.texts[l]] : []));
  const judged = new Map(
    versions.map((text) => {
      const parties = partiesOf(text.blocks.map(textOf).join('\n'), text.language);
      return [text.language, judgeBlocks(text.blocks, text.language, textOf, parties)];
    }),
  );
  const overrides = collectOverrides(versions, new Set(agreement.rows.map((row) => row.ref)));
  return {
    slug: agreement.slug,
    clauses: agreement.rows.map((row) => classifyRow(row, judged, overrides.get(row.ref) ?? [])),
  };
}

function classifyRow(
  row: Row,
  judged: Map<Language, Map<string, LanguageJudgement>>,
  overrides: Parameters<typeof applyOverrides>[1],
): ClauseHighlight {
  const perLanguage: ClauseHighlight['languages'] = {};
  const bold: ClauseHighlight['bold'] = {};
  for (const language of languages) {
    const block = row.blocks[language];
    if (!block) continue;
    perLanguage[language] = judged.get(language)!.get(block.id)!;
    bold[language] = block.kind !== 'section' && isBold(block.content);
  }
  const sides = Object.values(perLanguage);
  const union = tags.filter((tag) => sides.some((side) => side.tags.includes(tag)));
  const { tags: final, applied } = applyOverrides(union, overrides);
  const settled = new Set<Tag>(applied.map((o) => o.tag));
  const disagreement =
    sides.length < 2
      ? []
      : union.filter((tag) => !settled.has(tag) && !sides.every((s) => s.tags.includes(tag)));
  return {
    id: row.id,
    ref: row.ref,
    tags: tags.filter((tag) => final.has(tag)),
    languages: perLanguage,
    disagreement,
    overrides: applied,
    bold,
  };
}

/** Plain text of a block, the way the rules read it: Markdown gone, bold and links as words. */
export function textOf(block: Block): string {
  return toString({ type: 'paragraph', children: block.content });
}

/** The clauses one tag marks, in agreement order: the list beside a highlight's legend. */
export function clausesTagged(highlights: AgreementHighlights, tag: Tag): ClauseHighlight[] {
  return highlights.clauses.filter((clause) => clause.tags.includes(tag));
}

/** How many clauses each tag marks: for the legend and for reports. */
export function tagCounts(highlights: AgreementHighlights): Record<Tag, number> {
  return Object.fromEntries(tags.map((tag) => [tag, clausesTagged(highlights, tag).length])) as Record<
    Tag,
    number
  >;
}

/** The words a clause's mark quotes for one tag, each once, Chinese first: "marked because …". */
export function markedPhrases(
  highlight: ClauseHighlight,
  tag: Tag,
): { language: Language; phrase: string }[] {
  return (['zh', 'en'] as const).flatMap((language) =>
    [...new Set((highlight.languages[language]?.why[tag] ?? []).map((reason) => reason.phrase))].map(
      (phrase) => ({ language, phrase }),
    ),
  );
}
