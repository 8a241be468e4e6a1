// npm run eval:highlights [-- --check] [-- --hide-held-out]: precision, recall and F1 of the
// highlight rules per label and language, on the seed agreements' labels and on the unseen
// corpus (dev and held-out documents, tests/fixtures/highlights/unseen/), with every false
// positive and false negative. --check exits 1 when a budget of issue 16 is missed. The unseen
// corpus is not in the repository: CORPUS_DIR names it, which is why this is not part of `npm test`.
import path from 'node:path';
import { loadEvalSets } from '../lib/highlights/eval/load-sets';
import { missedBudget, scoreTag, tags, type Budget } from '../lib/highlights/eval/score';

const root = path.join(__dirname, '..');
const corpus = process.env.CORPUS_DIR;
if (!corpus) {
  console.error(
    'eval:highlights: set CORPUS_DIR to the folder of unseen terms (the corpus/ of the shared folder).',
  );
  process.exit(2);
}
const check = process.argv.includes('--check');
const hideHeldOut = process.argv.includes('--hide-held-out');

const budgets: Record<string, Budget> = {
  seed: { f1: 0.95 },
  heldOut: { f1: 0.85, precision: 0.85 },
};

const sets = loadEvalSets(root, corpus);
const rows: string[] = [];
const errors: string[] = [];
const missed: string[] = [];
for (const set of sets) {
  for (const tag of tags) {
    const s = scoreTag(set.units, tag);
    const budget = budgets[set.name];
    if (budget)
      missed.push(...missedBudget(s, budget).map((m) => `${set.name} ${set.language} ${tag}: ${m}`));
    if (hideHeldOut && set.name === 'heldOut') continue;
    rows.push(
      `${set.name.padEnd(8)} ${set.language}  ${tag.padEnd(9)}  n=${String(s.n).padEnd(5)}` +
        ` P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}` +
        `  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
    for (const [kind, list] of [
      ['false positive', s.falsePositives],
      ['false negative', s.falseNegatives],
    ] as const) {
      for (const u of list)
        errors.push(`${set.name} ${set.language} ${tag} ${kind}: ${u.id} — ${u.text.slice(0, 160)}`);
    }
  }
}
console.log(['set      lang label', ...rows].join('\n'));
console.log(
  `\n${errors.length} errors${hideHeldOut ? ' (held-out errors hidden)' : ''}:\n${errors.join('\n')}`,
);
if (!hideHeldOut)
  console.log(missed.length ? `\nbudgets missed:\n${missed.join('\n')}` : '\nall budgets met');
if (check && missed.length > 0) process.exit(1);
