import { libraryEntries } from '../page/library';
import type { Language } from '../pipeline/types';
import { publicationsSharing } from './comparisons';

/** A publication an agreement shares its terms with, for the link from the agreement's page. */
export interface SharedTermsLink {
  slug: string;
  titles: Partial<Record<Language, string>>;
}

export function sharedTermsLinks(slug: string): SharedTermsLink[] {
  const entries = libraryEntries();
  return publicationsSharing(slug).map((other) => {
    const entry = entries.find((e) => e.slug === other)!;
    return {
      slug: other,
      titles: Object.fromEntries(
        Object.entries(entry.texts).map(([language, text]) => [language, text.title]),
      ),
    };
  });
}
