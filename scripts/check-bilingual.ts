// npm run check:bilingual — compares the figures, clause references and entity names of every
// aligned clause pair of every agreement and prints each finding as `slug clause-id: zh has …,
// en has …`; then the translation review (lib/bilingual/review.ts): terms of art against
// content/termbase.yaml, defined terms, meaning markers, exclusions, omissions, consistency. Exits 1 when a finding is not acknowledged in the content, or an acknowledgement
// matches no finding any more. `--all` also prints the acknowledged findings with their reasons.
import path from 'node:path';
import { agreementSlugs, readAgreement } from '../lib/agreements';
import { checkAgreement } from '../lib/bilingual/check-agreement';
import { prepareReview } from '../lib/bilingual/review';
import { loadTermbase } from '../lib/bilingual/termbase';
import { formatFinding, formatSummary } from '../lib/bilingual/format';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const root = args.find((arg) => !arg.startsWith('--')) ?? path.join(process.cwd(), 'content', 'agreements');
const termbaseFile = args.find((arg) => arg.startsWith('--termbase='))?.slice('--termbase='.length);
const agreements = agreementSlugs(root).map((slug) => readAgreement(slug, root));
const review = prepareReview(agreements, loadTermbase(termbaseFile));
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
const findings = checks.flatMap((check) => check.findings);
const pairs = checks.reduce((n, check) => n + check.pairs, 0);
console.log(formatSummary(pairs, findings.length, findings.filter((f) => f.acknowledged).length));
process.exit(failed ? 1 : 0);
