// npx tsx scripts/highlight-marks.ts > marks.json, then, after a rule change,
// npx tsx scripts/highlight-marks.ts --against marks.json: every change in what the five real
// agreements mark (per row: the tags and the rules behind them, per language), so that a rule
// change can account for each one.
import { readFileSync } from 'node:fs';
import { agreementSlugs, readAgreement } from '../lib/agreements';
import { classifyAgreement } from '../lib/highlights/classify-agreement';

type Marks = Record<string, { tags: string[]; rules: Record<string, string[]> }>;

function currentMarks(): Marks {
  const marks: Marks = {};
  for (const slug of agreementSlugs()) {
    for (const clause of classifyAgreement(readAgreement(slug)).clauses) {
      const rules: Record<string, string[]> = {};
      for (const [language, judgement] of Object.entries(clause.languages)) {
        for (const [tag, reasons] of Object.entries(judgement.why))
          rules[`${language} ${tag}`] = [...new Set(reasons!.map((r) => r.rule))];
      }
      marks[`${slug} ${clause.ref}`] = { tags: clause.tags, rules };
    }
  }
  return marks;
}

const at = process.argv.indexOf('--against');
const now = currentMarks();
if (at < 0) {
  console.log(JSON.stringify(now, null, 1));
} else {
  const before = JSON.parse(readFileSync(process.argv[at + 1], 'utf8')) as Marks;
  let changes = 0;
  let reasons = 0;
  for (const key of Object.keys({ ...before, ...now })) {
    const a = before[key]?.tags.join('+') || 'none';
    const b = now[key]?.tags.join('+') || 'none';
    if (a !== b) {
      changes++;
      console.log(`${key}: ${a} → ${b}  ${JSON.stringify(now[key]?.rules ?? {})}`);
    } else if (JSON.stringify(before[key]?.rules ?? {}) !== JSON.stringify(now[key]?.rules ?? {})) {
      reasons++;
      console.log(
        `${key}: ${a}, rules ${JSON.stringify(before[key]?.rules)} → ${JSON.stringify(now[key]?.rules)}`,
      );
    }
  }
  console.log(`${changes} rows changed their tags; ${reasons} kept them with other rules`);
}
