// npm run check:content — validates everything under content/ and exits 1 on any error,
// printing each as file:line: problem. Runs in npm test and before every build.
import path from 'node:path';
import { checkContent } from '../lib/content/check';
import { checkRegions } from '../lib/regions/check-regions';

const root = process.argv[2] ?? path.join(process.cwd(), 'content', 'agreements');
const seeds = process.env.SEEDS_DIR ?? path.join(process.cwd(), '..', 'shared', 'seeds');
const { errors, agreements } = checkContent(root, seeds);
// content/regions.yaml describes the real agreements; a fixture root (argv[2]) has none.
if (!process.argv[2] && errors.length === 0) errors.push(...checkRegions(agreements));
for (const error of errors) console.error(error.message);
if (errors.length > 0) {
  console.error(`check:content: ${errors.length} error(s)`);
  process.exit(1);
}
const blocks = agreements.reduce((n, a) => n + a.rows.length, 0);
console.log(`check:content: ${agreements.length} agreements, ${blocks} clause rows, no errors`);
