import { toString } from 'mdast-util-to-string';
import type { Agreement } from '../pipeline/types';
import type { Row } from '../pipeline/align';
import type { Block, Language } from '../pipeline/types';
import { comparePair } from './compare-pair';
import { extractFigures } from './extract-figures';
import { describeDifference, describeMissing } from './format';
import { reviewAgreement, type ReviewContext, type ReviewFinding } from './review';
import type { Finding, ReviewCheck } from './types';

/** An `acknowledged` entry of a content file that no finding matches any more. */
export interface StaleAcknowledgement {
  file: string;
  clause: string;
  finding: string;
}

export interface AgreementCheck {
  slug: string;
  /** Rows with both a Chinese and an English block. */
  pairs: number;
  findings: Finding[];
  stale: StaleAcknowledgement[];
}

/**
 * Compares every aligned clause pair of an agreement and reports what differs, plus every clause
 * one language version lacks. A finding is acknowledged when the front matter of either language
 * file lists it: `acknowledged: [{ clause: "3.2.1", finding: "zh has 7 days, en has 5 days",
 * reason: … }]`. An agreement with one language version only has nothing to compare. With a
 * review context (review.ts), the translation-review findings of each clause follow its figures.
 */
export function checkAgreement(agreement: Agreement, review?: ReviewContext): AgreementCheck {
  const { zh, en } = agreement.texts;
  if (!zh || !en) return { slug: agreement.slug, pairs: 0, findings: [], stale: [] };
  const acknowledgements = [zh, en].flatMap((text) =>
    (text.meta.acknowledged ?? []).map((entry) => ({ ...entry, file: text.file, used: false })),
  );
  const findings: Finding[] = [];
  const reviewed = review ? reviewAgreement(agreement, review) : new Map<string, ReviewFinding[]>();
  for (const row of agreement.rows) {
    const rowCheck: ReviewCheck = row.blocks.zh && row.blocks.en ? 'figures' : 'missing';
    const found = [
      ...rowFindings(row).map((text) => ({ check: rowCheck, text })),
      ...(reviewed.get(row.ref) ?? []),
    ];
    for (const { check, text } of found) {
      const entry = acknowledgements.find((a) => a.clause === row.ref && a.finding === text);
      if (entry) entry.used = true;
      // A term's renderings are acknowledged once for the library (content/review/renderings.yaml).
      const library = review?.acknowledgedRenderings.get(`${agreement.slug} ${row.ref} ${text}`);
      findings.push({
        slug: agreement.slug,
        check,
        id: row.id,
        clause: row.ref,
        text,
        acknowledged: entry?.reason ?? library ?? null,
      });
    }
  }
  return {
    slug: agreement.slug,
    pairs: agreement.rows.filter((row) => row.blocks.zh && row.blocks.en).length,
    findings,
    stale: acknowledgements
      .filter((entry) => !entry.used)
      .map(({ file, clause, finding }) => ({ file, clause, finding })),
  };
}

/** The finding texts of one row: the clause missing on one side, or each difference of figures. */
export function rowFindings(row: Row): string[] {
  const { zh, en } = row.blocks;
  if (!zh || !en) return [describeMissing(zh ? 'zh' : 'en')];
  return comparePair(blockFigures(zh, 'zh'), blockFigures(en, 'en')).map(describeDifference);
}

function blockFigures(block: Block, language: Language) {
  return extractFigures(toString({ type: 'paragraph', children: block.content }), language, block.label);
}
