// npm run check:content — validates everything under content/ and exits 1 on any error,
// printing each as file:line: problem. Runs in npm test and before every build.
//   npx tsx scripts/check-content.ts [agreements-dir]   (SOURCES_DIR=… for another sources folder)
import path from 'node:path';
import { agreementSlugs } from '../lib/agreements';
import { checkContent } from '../lib/content/check';
import { checkSources, sourcesRoot } from '../lib/content/sources';
import { checkRegions } from '../lib/regions/check-regions';

const root = process.argv[2] ?? path.join(process.cwd(), 'content', 'agreements');
const { errors, agreements } = checkContent(root, sourcesRoot);
const used = agreements.map(({ slug, official }) => ({
  slug,
  source: official.meta.source,
  language: official.language,
  file: official.file,
}));
errors.push(...checkSources(used, sourcesRoot));
// content/regions.yaml describes the real agreements; a fixture root (argv[2]) has none. Its
// facts are looked up in the agreements' clauses, so it is checked once every agreement parsed
// (otherwise each quote from an unparsed agreement would be reported as missing).
const unparsed = agreementSlugs(root).filter((slug) => !agreements.some((a) => a.slug === slug));
if (!process.argv[2] && unparsed.length === 0) errors.push(...checkRegions(agreements));
if (!process.argv[2] && unparsed.length > 0) {
  console.error(`content/regions.yaml: not checked until ${unparsed.join(', ')} parse(s)`);
}
for (const error of errors) console.error(error.message);
if (errors.length > 0) {
  console.error(`check:content: ${errors.length} error(s)`);
  process.exit(1);
}
const blocks = agreements.reduce((n, a) => n + a.rows.length, 0);
console.log(`check:content: ${agreements.length} agreements, ${blocks} clause rows, no errors`);
