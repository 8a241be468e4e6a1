import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { agreementSlugs, readAgreement } from '../lib/agreements';
import { checkAgreement } from '../lib/bilingual/check-agreement';
import { classifyAgreement } from '../lib/highlights/classify-agreement';

export interface PipelineScale {
  factor: number;
  agreements: number;
  medianMs: number;
  perAgreementMs: number;
}

/** Loads and processes every agreement under root: parse, align, link, check, classify. */
function processAll(root: string): number {
  const started = performance.now();
  for (const slug of agreementSlugs(root)) {
    const agreement = readAgreement(slug, root);
    checkAgreement(agreement);
    classifyAgreement(agreement);
  }
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The pipeline on the real content and on synthetic corpora of 1×, 10× and 50× its size (copies
 * of the real agreements under new slugs): median of `runs` runs each, and the time per
 * agreement, which should stay flat as the corpus grows.
 */
export function benchPipeline(
  contentRoot: string,
  workDir: string,
  factors = [1, 10, 50],
  runs = 3,
): PipelineScale[] {
  const slugs = agreementSlugs(contentRoot);
  return factors.map((factor) => {
    const root = path.join(workDir, `corpus-${factor}x`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    for (let copy = 0; copy < factor; copy++) {
      for (const slug of slugs)
        cpSync(path.join(contentRoot, slug), path.join(root, `${slug}-${copy}`), { recursive: true });
    }
    processAll(root);
    const medianMs = median(Array.from({ length: runs }, () => processAll(root)));
    return {
      factor,
      agreements: slugs.length * factor,
      medianMs,
      perAgreementMs: medianMs / (slugs.length * factor),
    };
  });
}
