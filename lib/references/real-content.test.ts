import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readAgreement, type Agreement } from '../agreements';
import type { Language } from '../pipeline/types';
import { backReferences } from './back-references';
import { checkReferences } from './check-references';
import { collectReferences } from './collect-references';
import { detectBlockReferences } from './detect-references';
import { linkReferences } from './link-references';

// The "done when" pairs, on the real content in content/agreements: the clause (and its
// items and paragraphs) on the left cites exactly the clauses on the right, in both languages,
// and each becomes a working link.
const membership = readAgreement('membership-agreement');
const supportPlan = readAgreement('support-plan-terms');

const donePairs: [Agreement, string, string[]][] = [
  [membership, '1.2', ['3', '9']],
  [membership, '1.3', ['2.6', '12.1']],
  [membership, '2.3.b', ['2.3']],
  [membership, '8.5.c', ['4.1']],
  [membership, '8.5.d', ['2.9', '4', '5', '8', '9', '10', '11', '13']],
  [membership, 'eu-addendum.1', ['2.1', '12.2', '12']],
  [membership, 'eu-addendum.3', ['9.1.g']],
  [membership, 'eu-addendum.4', ['10', '11']],
  [membership, 'eu-addendum.6', ['13.7']],
  [membership, 'eu-addendum.7', ['13.9']],
  [membership, 'au-addendum.1', ['10']],
  [membership, 'au-addendum.2', ['11.4']],
  [membership, 'au-addendum.3', ['11.5']],
  [membership, 'au-addendum.11.6', ['au-addendum.11.7']],
  [membership, 'au-addendum.11.7', ['au-addendum.11.6']],
  [membership, 'au-addendum.6', ['13.9']],
  [supportPlan, '6.2.2', ['3']],
];

function linkUrls(nodes: PhrasingContent[]): string[] {
  return nodes.flatMap((node) =>
    node.type === 'link' ? [node.url] : 'children' in node ? linkUrls(node.children) : [],
  );
}

/** The clause targets cited by a block and its items and paragraphs, and the links made of them. */
function citedBy(agreement: Agreement, ref: string, language: Language) {
  const text = agreement.texts[language]!;
  const known = new Set(text.blocks.map((block) => block.ref));
  const blocks = text.blocks.filter((block) => block.ref === ref || block.ref.startsWith(`${ref}.`));
  const targets = new Set<string>();
  const urls: string[] = [];
  for (const block of blocks) {
    const references = detectBlockReferences(block, language, { slug: agreement.slug, known });
    references.forEach((r) => r.kind === 'clause' && r.targets.forEach((t) => targets.add(t)));
    urls.push(
      ...linkUrls(linkReferences(block.content, references, { language, exists: (r) => known.has(r) })),
    );
  }
  return { targets: [...targets], urls, known };
}

describe('the "done when" pairs link correctly in the real content', () => {
  for (const [agreement, ref, targets] of donePairs) {
    for (const language of ['en', 'zh'] as const) {
      it(`${agreement.slug} ${ref} → ${targets.join(', ')} (${language})`, () => {
        const cited = citedBy(agreement, ref, language);
        expect(cited.targets.sort()).toEqual([...targets].sort());
        const existing = targets.filter((target) => cited.known.has(target));
        expect([...new Set(cited.urls)].sort()).toEqual(existing.map((t) => `#clause-${t}`).sort());
      });
    }
  }

  it('9.1(g) is the one target that does not exist, and the Europe Addendum declares it new', () => {
    expect(membership.rows.some((row) => row.ref === '9.1.g')).toBe(false);
  });
});

describe('the real content', () => {
  const library = [
    'maxcompute-terms',
    'membership-agreement',
    'mini-program-cloud-terms',
    'mns-terms',
    'support-plan-terms',
  ];

  it.each(library)('%s has no reference to a clause that does not exist', (slug) => {
    expect(checkReferences(readAgreement(slug)).map((error) => error.message)).toEqual([]);
  });

  it.each(library)('%s cites the same clauses from the same blocks in both languages', (slug) => {
    const cited: Record<Language, Record<string, string[]>> = { en: {}, zh: {} };
    for (const { language, block, references } of collectReferences(readAgreement(slug))) {
      const targets = references.flatMap((r) => (r.kind === 'clause' ? r.targets : []));
      if (targets.length) cited[language][block.ref] = [...new Set(targets)].sort();
    }
    expect(cited.zh).toEqual(cited.en);
  });

  it('lists the clauses citing a clause, per language', () => {
    const citing = backReferences(membership);
    expect(citing['2.6']).toEqual({ en: ['1.3'], zh: ['1.3'] });
    expect(citing['13.9']).toEqual({
      en: ['eu-addendum.7', 'au-addendum.6'],
      zh: ['eu-addendum.7', 'au-addendum.6'],
    });
    expect(backReferences(supportPlan)['3']).toEqual({ en: ['6.2.2'], zh: ['6.2.2'] });
  });
});
