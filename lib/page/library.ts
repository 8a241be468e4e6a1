import { loadLibrary } from '../agreements';
import { languages } from '../pipeline/types';
import { pageText } from './page-text';
import type { AgreementPage } from './types';

/** One agreement as the library lists it: its versions' titles, editions and statuses. */
export type LibraryEntry = Pick<AgreementPage, 'slug' | 'official' | 'languages' | 'texts'>;

/** Every agreement, in slug order, as plain data for the library page. */
export function libraryEntries(): LibraryEntry[] {
  return loadLibrary().map((agreement) => {
    const available = languages.filter((language) => agreement.texts[language]);
    const official = agreement.official.language;
    return {
      slug: agreement.slug,
      official,
      languages: [official, ...available.filter((l) => l !== official)],
      texts: Object.fromEntries(available.map((l) => [l, pageText(agreement.texts[l]!)])),
    };
  });
}
