import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { classifyAgreement, textOf } from '../highlights/classify-agreement';
import type { AgreementHighlights } from '../highlights/types';
import { languages } from '../pipeline/types';
import { backReferences } from '../references/back-references';
import { consolidate } from './consolidate';
import { viewAgreement } from './view-agreement';

// A region view shows the clauses an addendum replaces or adds in their new words; the marks on
// them must quote those words, not the words they replace.
const membership = readAgreement('membership-agreement');
const au = consolidate(membership, 'au')!;
const rowsByRef = new Map(au.rows.map((row) => [row.ref, row]));

// The rules read quotation marks of any shape as one; so does this comparison.
const plain = (text: string) => text.toLowerCase().replace(/[“”"‘’']/g, '');

/** "marked because" phrases that the row shown does not contain (a phrase "a … b" in pieces). */
function unquoted(highlights: AgreementHighlights): string[] {
  return highlights.clauses.flatMap((clause) =>
    languages.flatMap((language) => {
      const block = rowsByRef.get(clause.ref)?.blocks[language];
      if (!block) return [];
      const text = plain(textOf(block));
      return Object.values(clause.languages[language]?.why ?? {})
        .flat()
        .filter((reason) => reason.phrase.split(' … ').some((piece) => !text.includes(plain(piece))))
        .map((reason) => `${clause.ref} ${language}: ${reason.phrase}`);
    }),
  );
}

describe('the Australia view of the membership agreement, as the page stages read it', () => {
  const shown = viewAgreement(membership, au.rows);
  const highlights = classifyAgreement(shown);
  const tagsOf = (ref: string) => highlights.clauses.find((clause) => clause.ref === ref)?.tags;

  it('quotes only words the clauses shown contain', () => {
    expect(unquoted(highlights)).toEqual([]);
    // The default text's marks on the same rows would quote words the replacements lack.
    expect(unquoted(classifyAgreement(membership)).length).toBeGreaterThan(0);
  });

  it('marks the replaced and added liability clauses on their own words', () => {
    for (const ref of ['11.4', '11.5', '11.6', '11.8']) expect(tagsOf(ref), ref).toContain('liability');
  });

  it('judges every row the region shows, and only those', () => {
    expect(highlights.clauses.map((clause) => clause.ref)).toEqual(au.rows.map((row) => row.ref));
  });

  it('lists as citing a clause only rows the region shows', () => {
    const shownRefs = new Set(au.rows.map((row) => row.ref));
    const citing = (cited: ReturnType<typeof backReferences>) =>
      Object.values(cited).flatMap((refs) => [...refs.en, ...refs.zh]);
    expect(citing(backReferences(shown)).filter((ref) => !shownRefs.has(ref))).toEqual([]);
    // The printed text's second paragraph of 11.5 cites 11.5; Australia replaces it.
    expect(citing(backReferences(membership))).toContain('11.5.p2');
  });
});
