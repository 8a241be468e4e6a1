import type { AgreementText, Block, Language, Row } from './types';

export type { Row };

/**
 * Pairs the blocks of the language versions by id. Rows follow the official text's order; a
 * block that only the other version has is placed after the block it follows there, so that a
 * missing or extra clause shows up as a half-empty row rather than shifting every row after it.
 */
export function alignTexts(official: AgreementText, other?: AgreementText): Row[] {
  const rows: Row[] = official.blocks.map((block) => rowOf(block, official.language));
  if (!other) return rows;
  const index = new Map(rows.map((row, i) => [row.ref, i]));
  let after = -1;
  const inserts: { after: number; row: Row }[] = [];
  for (const block of other.blocks) {
    const at = index.get(block.ref);
    if (at === undefined) inserts.push({ after, row: rowOf(block, other.language) });
    else {
      rows[at].blocks[other.language] = block;
      after = at;
    }
  }
  for (const { after: position, row } of inserts.reverse()) rows.splice(position + 1, 0, row);
  return rows;
}

function rowOf(block: Block, language: Language): Row {
  return {
    id: block.id,
    ref: block.ref,
    part: block.part,
    kind: block.kind,
    depth: block.depth,
    blocks: { [language]: block },
  };
}
