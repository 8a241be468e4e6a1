import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { agreementSlugs } from '../agreements';
import { getT } from '../i18n/server';
import { agreementPage } from '../page/agreement-page';
import { languages, type Language } from '../pipeline/types';
import { agreementRecords, rowLabel, type SearchRecord } from './search-records';

/** Where the index is written; `public/` serves it at /pagefind/<language>/. */
export const searchIndexDir = path.join('public', 'pagefind');

/** Every agreement's records, from the page models the site renders. */
export function libraryRecords(): SearchRecord[] {
  const label = rowLabel(getT);
  return agreementSlugs().flatMap((slug) => {
    const page = agreementPage(slug);
    return page ? agreementRecords(page, (region) => agreementPage(slug, region), { label }) : [];
  });
}

// Pagefind writes its ready-made interfaces beside the search bundle; the search page has its own.
const unused = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * One Pagefind bundle per text language, `public/pagefind/en/` and `public/pagefind/zh/`: a bundle
 * is searched with its language's rules (English stemming; Chinese split into words at index
 * time and in the browser), and the search page loads both, so either interface searches both.
 */
export async function writeSearchIndex(records: SearchRecord[], outdir = searchIndexDir) {
  // pagefind is an ES module only; tsx runs the scripts as CommonJS.
  const { createIndex, close } = await import('pagefind');
  rmSync(outdir, { recursive: true, force: true });
  const counts: Partial<Record<Language, number>> = {};
  try {
    for (const language of languages) {
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      for (const { url, language: lang, content, meta, filters } of records.filter(
        (r) => r.language === language,
      )) {
        const added = await index.addCustomRecord({ url, language: lang, content, meta, filters });
        if (added.errors.length) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
        counts[language] = (counts[language] ?? 0) + 1;
      }
      const written = await index.writeFiles({ outputPath: path.join(outdir, language) });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      for (const file of readdirSync(path.join(outdir, language)).filter((f) => unused.test(f)))
        rmSync(path.join(outdir, language, file));
    }
  } finally {
    await close();
  }
  return counts;
}
