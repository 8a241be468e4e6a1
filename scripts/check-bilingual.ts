// npm run check:bilingual — compares the figures, clause references and entity names of every
// aligned clause pair of every agreement and prints each finding as `slug clause-id: zh has …,
// en has …`; then the translation review (lib/bilingual/review.ts): terms of art against
// content/termbase.yaml, defined terms, meaning markers, exclusions, omissions, consistency of
// sentences and of term renderings (each term rendered several ways is listed with the pairs
// using each rendering). Exits 1 when a finding is not acknowledged in the content (front matter,
// or content/review/renderings.yaml for renderings), or an acknowledgement matches no finding any
// more. `--all` also prints the acknowledged findings with their reasons.
import path from 'node:path';
import { agreementSlugs, readAgreement } from '../lib/agreements';
import { checkAgreement } from '../lib/bilingual/check-agreement';
import { loadRenderingAcknowledgements, renderingsFile } from '../lib/bilingual/rendering-acknowledgements';
import { prepareReview } from '../lib/bilingual/review';
import { loadTermbase } from '../lib/bilingual/termbase';
import { formatFinding, formatSummary } from '../lib/bilingual/format';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const root = args.find((arg) => !arg.startsWith('--')) ?? path.join(process.cwd(), 'content', 'agreements');
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const agreements = agreementSlugs(root).map((slug) => readAgreement(slug, root));
const acknowledgedRenderings = loadRenderingAcknowledgements(option('renderings') ?? renderingsFile);
const review = prepareReview(agreements, loadTermbase(option('termbase')), acknowledgedRenderings);
const checks = agreements.map((agreement) => checkAgreement(agreement, review));

let failed = false;
for (const check of checks) {
  for (const finding of check.findings) {
    if (!finding.acknowledged) {
      console.log(formatFinding(finding));
      failed = true;
    } else if (showAll) console.log(`${formatFinding(finding)} (acknowledged: ${finding.acknowledged})`);
  }
  for (const stale of check.stale) {
    console.log(
      `${stale.file}: acknowledged finding no longer found: clause-${stale.clause}: ${stale.finding}`,
    );
    failed = true;
  }
}
for (const stale of review.staleRenderings) {
  console.log(`${option('renderings') ?? renderingsFile}: acknowledged rendering no longer found: ${stale}`);
  failed = true;
}
// The terms rendered several ways, each with the pairs using each rendering: what a reviewer
// reads to decide which rendering is right.
const acknowledged = new Set(acknowledgedRenderings.map((entry) => entry.term));
for (const group of review.renderings) {
  if (!showAll && acknowledged.has(group.key)) continue;
  console.log(`rendering ${group.key} (${group.source} → ${group.target}):`);
  for (const use of group.uses) console.log(`  ${use.rendering}: ${use.pairs.join(', ')}`);
}
const findings = checks.flatMap((check) => check.findings);
const pairs = checks.reduce((n, check) => n + check.pairs, 0);
console.log(formatSummary(pairs, findings.length, findings.filter((f) => f.acknowledged).length));
process.exit(failed ? 1 : 0);
