import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { decodeContent } from '../content/encoding';
import { provenanceFileName, sha256, sourceFileName } from '../content/sources';
import type { Language } from '../pipeline/types';
import { importSource } from './import-source';
import { formatReport } from './report';
import type { SourceShape } from './types';

export interface NewAgreementOptions {
  /** The captured file, anywhere on disk. */
  source: string;
  slug: string;
  language: Language;
  /** The project folder: content/ is under it. */
  root: string;
  shape?: SourceShape;
  capturedFrom?: string;
  captured?: string;
}

/**
 * `npm run new-agreement`: everything a new agreement needs before a person reviews it. The
 * captured file is copied unchanged to content/sources/ and listed with its provenance, the
 * importer writes the draft content file, regions.yaml gets a `parties` entry saying the facts
 * are not yet researched, and the returned text says what is left to do. Throws with the reason
 * when the slug or source name is taken or the file cannot be read as UTF-8.
 */
export function newAgreement(options: NewAgreementOptions): string {
  const { slug, language, root } = options;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new Error(`--slug ${slug}: use lower-case words joined by hyphens, e.g. claude-ai-terms`);
  const name = path.basename(options.source);
  if (!sourceFileName.test(name))
    throw new Error(`${name}: rename the file to letters, digits, ".", "_" and "-", ending .txt or .md`);
  const agreementDir = path.join(root, 'content', 'agreements', slug);
  const contentFile = path.join(agreementDir, `${language}.md`);
  if (existsSync(contentFile))
    throw new Error(`${path.relative(root, contentFile)} exists already; choose another slug or edit it`);
  const bytes = readFileSync(options.source);
  const text = decodeContent(options.source, bytes);
  const sourcesDir = path.join(root, 'content', 'sources');
  const placed = path.join(sourcesDir, name);
  if (existsSync(placed) && !readFileSync(placed).equals(bytes)) {
    throw new Error(`content/sources/${name} exists with other content; rename the new file`);
  }
  const result = importSource(text, { source: name, slug, language, shape: options.shape });
  writeFileSync(placed, bytes);
  appendProvenance(path.join(sourcesDir, provenanceFileName), name, {
    agreement: slug,
    language,
    title: result.meta.title ?? 'TODO: what it is, as printed',
    shape: result.shape,
    'captured-from':
      options.capturedFrom ?? 'TODO: where it was captured from (the address), or what is known of it',
    captured: options.captured ?? 'TODO: the capture date (YYYY-MM-DD), or not recorded',
    sha256: sha256(bytes),
  });
  mkdirSync(agreementDir, { recursive: true });
  writeFileSync(contentFile, result.markdown);
  addPartiesStub(path.join(root, 'content', 'regions.yaml'), slug);
  return [
    formatReport(path.relative(root, contentFile), result),
    `placed content/sources/${name}; listed it in content/sources/${provenanceFileName}`,
    `added parties.${slug} (party: not-researched) to content/regions.yaml`,
    '',
    'left to do (content/README.md, "Adding an agreement"):',
    ...leftToDo(options, result.meta.title === undefined, slug, language),
  ].join('\n');
}

function appendProvenance(file: string, name: string, entry: Record<string, string>) {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = stringify({ [name]: entry }, { lineWidth: 0 });
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${block}`);
}

/** Adds `<slug>: { party: not-researched }` under `parties:`, keeping the file as written. */
function addPartiesStub(file: string, slug: string) {
  const text = readFileSync(file, 'utf8');
  const stub = `  ${slug}:\n    party: not-researched\n`;
  if (/^parties:\s*$/m.test(text))
    writeFileSync(
      file,
      text.replace(/^parties:\s*\n/m, (line) => `${line}${stub}`),
    );
  else
    appendFileSync(
      file,
      `${text.endsWith('\n') ? '' : '\n'}\n# Agreements outside the billing-address model (content/README.md).\nparties:\n${stub}`,
    );
}

function leftToDo(
  options: NewAgreementOptions,
  noTitle: boolean,
  slug: string,
  language: Language,
): string[] {
  const other = language === 'en' ? 'zh' : 'en';
  const steps = [
    ...(noTitle ? ['write the title as printed in the front matter (title: TODO)'] : []),
    ...(options.capturedFrom
      ? []
      : ['record where the source was captured from (captured-from: TODO in content/sources/sources.yaml)']),
    ...(options.captured ? [] : ['record the capture date or "not recorded" (captured: TODO)']),
    'decide each flag above against the source; a `replaced` or `joined` repair you disagree with: edit the text and its repair together',
    `regions.yaml: replace "party: not-researched" with the party the agreement names (quoted, with its clause), or give it regions under agreements`,
    `optional: a reference translation, content/agreements/${slug}/${other}.md, clause for clause with the same numbers`,
    'npm run check:content and npm run check:bilingual until both pass, then look at the page (npm run dev)',
  ];
  return steps.map((step, i) => `  ${i + 1}. ${step}`);
}
