/**
 * Builds the search index (lib/search) into public/pagefind/{en,zh}/: one record per clause and
 * language, from the page models. Run by `npm run build` after the content check, before Next,
 * so the index always matches the pages built with it; the output is not committed.
 */
import { libraryRecords, searchIndexDir, writeSearchIndex } from '../lib/search/search-index';

async function main() {
  const started = Date.now();
  const counts = await writeSearchIndex(libraryRecords());
  const summary = Object.entries(counts).map(([language, n]) => `${n} ${language}`);
  console.log(
    `search index: ${summary.join(', ')} records in ${searchIndexDir} (${Date.now() - started} ms)`,
  );
}

void main();
