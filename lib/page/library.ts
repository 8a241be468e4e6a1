import { loadLibrary } from '../agreements';
import { agreementKinds, type AgreementKind } from '../content/front-matter';
import { languages } from '../pipeline/types';
import { pageText } from './page-text';
import type { AgreementPage } from './types';

/** One agreement as the library lists it: its kind, versions' titles, products, dates and statuses. */
export type LibraryEntry = Pick<AgreementPage, 'slug' | 'kind' | 'official' | 'languages' | 'texts'>;

/** The library's groups, in reading order; agreements whose content gives no kind come last. */
export interface LibraryGroup {
  kind: AgreementKind | null;
  entries: LibraryEntry[];
}

/**
 * Every agreement, as plain data for the library page, in the order a reader wants them: by
 * kind (front matter `kind`: the membership agreement, then product terms, then the support
 * plan), then the newest edition first, then by slug.
 */
export function libraryEntries(): LibraryEntry[] {
  const entries = loadLibrary().map((agreement): LibraryEntry => {
    const available = languages.filter((language) => agreement.texts[language]);
    const official = agreement.official.language;
    return {
      slug: agreement.slug,
      kind: agreement.official.meta.kind ?? null,
      official,
      languages: [official, ...available.filter((l) => l !== official)],
      texts: Object.fromEntries(available.map((l) => [l, pageText(agreement.texts[l]!)])),
    };
  });
  return entries.sort(
    (a, b) => kindRank(a) - kindRank(b) || newest(b).localeCompare(newest(a)) || a.slug.localeCompare(b.slug),
  );
}

/** The library in groups of one kind each, in the order of `libraryEntries()`. */
export function libraryGroups(): LibraryGroup[] {
  const groups: LibraryGroup[] = [];
  for (const entry of libraryEntries()) {
    const last = groups[groups.length - 1];
    if (last && last.kind === entry.kind) last.entries.push(entry);
    else groups.push({ kind: entry.kind, entries: [entry] });
  }
  return groups;
}

function kindRank(entry: LibraryEntry): number {
  return entry.kind ? agreementKinds.indexOf(entry.kind) : agreementKinds.length;
}

// The latest calendar date the official text gives ("2020-04-02"), or "" when it gives none.
function newest(entry: LibraryEntry): string {
  const dates = entry.texts[entry.official]!.dates.flatMap((d) => (d.date ? [d.date] : []));
  return dates.sort().at(-1) ?? '';
}
