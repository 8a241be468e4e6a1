// Usage: npx tsx scripts/fidelity.ts <slug>   — compares content/agreements/<slug>/<official>.md
// with its captured source in content/sources/ and prints the first difference that no listed
// repair explains.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkFidelity } from '../lib/content/fidelity';
import { splitFrontMatter } from '../lib/content/front-matter';
import { readSource } from '../lib/content/sources';

const slug = process.argv[2];
for (const lang of ['en', 'zh']) {
  const file = path.join('content/agreements', slug, `${lang}.md`);
  if (!existsSync(file)) continue;
  const { frontMatter, body } = splitFrontMatter(file, readFileSync(file, 'utf8'));
  if (frontMatter.status !== 'official') continue;
  const result = checkFidelity(readSource(frontMatter.source), body, frontMatter.repairs ?? []);
  if (result.ok) console.log(`${file}: faithful to ${frontMatter.source}`);
  else {
    console.log(
      `${file}: ${result.message}\n  source:  ${result.seedContext}\n  content: ${result.contentContext}`,
    );
    process.exitCode = 1;
  }
}
