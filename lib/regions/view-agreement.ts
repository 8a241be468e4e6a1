import type { Agreement } from '../pipeline/types';
import type { Row } from '../pipeline/align';
import { languages } from '../pipeline/types';

/**
 * The agreement as one region reads it (the rows of lib/regions/consolidate), in the shape the
 * later stages take: each text's blocks are the region's rows in order. Highlights and
 * back-references computed on it judge a replaced or added clause on its own words and cite
 * only clauses the region's text has.
 */
export function viewAgreement(agreement: Agreement, rows: Row[]): Agreement {
  const texts: Agreement['texts'] = {};
  for (const language of languages) {
    const text = agreement.texts[language];
    if (text) texts[language] = { ...text, blocks: rows.flatMap((row) => row.blocks[language] ?? []) };
  }
  return { ...agreement, texts, rows };
}
