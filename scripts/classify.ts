// npm run --silent classify -- --lang en|zh — for reviewers checking a draft: reads stdin, one
// clause or sentence per line, and writes one JSON line per input line with the highlight tags
// and the phrases that triggered them, using the same rules as the site (lib/highlights).
import { readFileSync } from 'node:fs';
import {
  classifyLines,
  classifyUsage,
  languageArgument,
  partiesArgument,
} from '../lib/highlights/classify-lines';

const language = languageArgument(process.argv.slice(2));
if (!language) {
  console.error(classifyUsage);
  process.exit(2);
}
const parties = partiesArgument(process.argv.slice(2), language);
const output = classifyLines(readFileSync(0, 'utf8'), language, parties);
if (output.length > 0) process.stdout.write(output.join('\n') + '\n');
