// npx tsx scripts/eval-markers.ts — measures the meaning-marker check (lib/bilingual/check-markers.ts)
// on the real content, apart from `npm test`: its findings on the tuning pairs and on the held-out
// pairs (content/review/marker-holdout.txt), each to be judged by hand in
// content/review/marker-precision.md; and its recall on errors planted in the real translations,
// one at a time (a negation dropped, "shall" made "may", "only" dropped, "or" made "and",
// "unless" made "if"): a planted error counts as caught when the mutated pair has a finding the
// original lacks.
import { readFileSync } from 'node:fs';
import { agreementSlugs, readAgreement } from '../lib/agreements';
import { checkMarkers } from '../lib/bilingual/check-markers';
import { pairsOf } from '../lib/bilingual/review';
import type { Pair } from '../lib/bilingual/check-terms';

const held = new Set(
  readFileSync('content/review/marker-holdout.txt', 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
);

// Each mutation changes the first match in the translation, in the translation's language.
const mutations: { name: string; zh: [RegExp, string]; en: [RegExp, string] }[] = [
  { name: 'negation dropped', zh: [/不(?=得|承担|对|会|应|保证|负责|能)/, ''], en: [/\bnot /, ''] },
  { name: '"shall" made "may"', zh: [/应(?=当|[在向对按])/, '可以'], en: [/\bshall\b/, 'may'] },
  { name: '"only" dropped', zh: [/仅/, ''], en: [/\b(?:only|solely) /, ''] },
  { name: '"or" made "and"', zh: [/或/, '并'], en: [/\bor\b/, 'and'] },
  { name: '"unless" made "if"', zh: [/除非/, '如果'], en: [/\bunless\b/, 'if'] },
];

const pairs = agreementSlugs().flatMap((slug) =>
  pairsOf(readAgreement(slug)).map((pair) => ({ slug, pair, held: held.has(`${slug} clause-${pair.ref}`) })),
);

for (const side of ['tuning', 'held-out'] as const) {
  const own = pairs.filter((p) => p.held === (side === 'held-out'));
  const findings = own.flatMap(({ slug, pair }) =>
    checkMarkers(pair).map((f) => `${slug} clause-${pair.ref}: ${f}`),
  );
  console.log(`\n${side}: ${own.length} pairs, ${findings.length} findings`);
  for (const finding of findings) console.log(`  ${finding}`);
  for (const mutation of mutations) {
    let planted = 0;
    let caught = 0;
    for (const { pair } of own) {
      const [pattern, replacement] = mutation[pair.target];
      if (!pattern.test(pair.text[pair.target])) continue;
      const mutated: Pair = {
        ...pair,
        text: { ...pair.text, [pair.target]: pair.text[pair.target].replace(pattern, replacement) },
      };
      const before = new Set(checkMarkers(pair));
      planted++;
      if (checkMarkers(mutated).some((f) => !before.has(f))) caught++;
    }
    console.log(`  recall, ${mutation.name}: ${caught}/${planted}`);
  }
}
