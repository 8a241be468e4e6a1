import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeContent } from './content/encoding';
import { alignTexts } from './pipeline/align';
import { linkAgreementReferences } from './pipeline/link-agreement-references';
import { markTermUses } from './pipeline/mark-term-uses';
import { parseAgreementText } from './pipeline/parse-agreement-text';
import { languages, type Agreement, type AgreementText, type Language } from './pipeline/types';

export type { Agreement };

// CONTENT_DIR points a build at another set of agreements: the browser tests build a small
// fixture site with it (tests/fixtures/site) to show what the real content never has.
export const contentRoot = path.resolve(process.env.CONTENT_DIR ?? path.join('content', 'agreements'));

/** The slugs that have a folder under content/agreements, in a stable order. */
export function agreementSlugs(root = contentRoot): string[] {
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Reads and parses one agreement's language files; throws ContentError on bad content. */
export function readAgreement(slug: string, root = contentRoot): Agreement {
  const texts: Partial<Record<Language, AgreementText>> = {};
  for (const language of languages) {
    const file = path.join(root, slug, `${language}.md`);
    if (!existsSync(/*turbopackIgnore: true*/ file)) continue;
    const relative = path.relative(process.cwd(), file);
    texts[language] = parseAgreementText(
      slug,
      language,
      relative,
      decodeContent(relative, readFileSync(/*turbopackIgnore: true*/ file)),
    );
  }
  const versions = Object.values(texts);
  const official = versions.find((text) => text.meta.status === 'official');
  if (!official) throw new Error(`${slug}: no language version has status official`);
  const other = versions.find((text) => text !== official);
  // Inline stages, in order: references become links, then term uses are marked outside them.
  return markTermUses(linkAgreementReferences({ slug, official, texts, rows: alignTexts(official, other) }));
}

const cache = new Map<string, Agreement>();

/**
 * The one entry point routes and components use. Content is read once per process; at build
 * time that is once per build, and every page is prerendered from it.
 */
export function loadAgreement(slug: string): Agreement | null {
  if (!agreementSlugs().includes(slug)) return null;
  let agreement = cache.get(slug);
  if (!agreement) {
    agreement = readAgreement(slug);
    cache.set(slug, agreement);
  }
  return agreement;
}

export function loadLibrary(): Agreement[] {
  return agreementSlugs().map((slug) => loadAgreement(slug)!);
}
