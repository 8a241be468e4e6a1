import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { agreementSlugs, readAgreement, type Agreement } from '../agreements';
import type { AgreementText } from '../pipeline/types';
import { ContentError, contentErrorsOf } from './content-error';
import { checkBlocks } from './check-blocks';
import { decodeContent } from './encoding';
import { checkFidelity } from './fidelity';
import { checkKind, checkPrevails } from './check-prevails';
import { parseAgreementText } from '../pipeline/parse-agreement-text';
import { languages } from '../pipeline/types';
import { readSource } from './sources';
import { checkReferences } from '../references/check-references';
import { checkHighlights } from '../highlights/check-highlights';

export interface CheckResult {
  errors: ContentError[];
  agreements: Agreement[];
}

/**
 * Everything `npm run check:content` verifies, as data: each file parses (front matter schema,
 * structure, unique ids, numbering), both languages of an agreement have the same clause ids
 * and parts, and every official text is faithful to its captured source (in `sourcesDir`, content/sources/
 * for the real content) but for its listed repairs.
 */
export function checkContent(root: string, sourcesDir: string): CheckResult {
  const errors: ContentError[] = [];
  const agreements: Agreement[] = [];
  for (const slug of agreementSlugs(root)) {
    let agreement: Agreement;
    try {
      agreement = readAgreement(slug, root);
    } catch (error) {
      const perFile = parseEachFile(slug, root);
      if (perFile.length > 0) errors.push(...perFile);
      else if (error instanceof ContentError) errors.push(...contentErrorsOf(error));
      else errors.push(new ContentError(path.relative(process.cwd(), path.join(root, slug)), 1, `${(error as Error).message}; give the official text's file status: official`));
      continue;
    }
    agreements.push(agreement);
    errors.push(
      ...Object.values(agreement.texts).flatMap((text) => checkBlocks(text!)),
      ...Object.values(agreement.texts).flatMap((text) => unfilled(text!)),
      ...compareLanguages(agreement),
      ...checkPrevails(agreement),
      ...checkKind(agreement),
      ...checkSource(agreement, sourcesDir),
      ...checkReferences(agreement),
      ...checkHighlights(agreement),
    );
  }
  return { errors, agreements };
}

/** Front-matter values the scaffold left for a person ("title: 'TODO: the title as printed'"). */
function unfilled(text: AgreementText): ContentError[] {
  const lines = readFileSync(text.file, 'utf8').split('\n').slice(0, text.bodyLine);
  return Object.entries(text.meta)
    .filter(([, value]) => typeof value === 'string' && value.startsWith('TODO'))
    .map(([key, value]) => {
      const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 1 || 2;
      return new ContentError(text.file, line, `${key} is still to be filled in (${value})`);
    });
}

/** The front-matter line that mentions `needle` ("clause: 10.3"), or line 2. */
function lineOfText(file: string, needle: string, bodyLine: number): number {
  const lines = readFileSync(file, 'utf8').split('\n').slice(0, bodyLine);
  return lines.findIndex((line) => line.includes(`clause: ${needle}`) || line.includes(`clause: "${needle}"`) || line.includes(`clause: '${needle}'`)) + 1 || 2;
}

/** Each language file on its own, so that both files' errors show in one run. */
function parseEachFile(slug: string, root: string): ContentError[] {
  return languages.flatMap((language) => {
    const file = path.join(root, slug, `${language}.md`);
    if (!existsSync(file)) return [];
    const shown = path.relative(process.cwd(), file);
    try {
      parseAgreementText(slug, language, shown, decodeContent(shown, readFileSync(file)));
      return [];
    } catch (error) {
      if (error instanceof ContentError) return contentErrorsOf(error);
      throw error;
    }
  });
}

function compareLanguages({ texts }: Agreement): ContentError[] {
  const { en, zh } = texts;
  if (!en || !zh) return [];
  const errors: ContentError[] = [];
  const partsOf = (text: typeof en) => text.meta.parts.map((p) => p.id).join(', ');
  if (partsOf(en) !== partsOf(zh)) {
    errors.push(new ContentError(en.file, 2, `parts are [${partsOf(en)}] here but [${partsOf(zh)}] in ${zh.file}; list the same parts, in the same order, in both files`));
  }
  if (en.meta.prevails !== zh.meta.prevails) {
    errors.push(new ContentError(en.file, 2, `prevails is ${en.meta.prevails} here but ${zh.meta.prevails} in ${zh.file}; both files name the official text's language`));
  }
  errors.push(...compareOrder(en, zh));
  for (const [text, other] of [[en, zh], [zh, en]] as const) {
    const ids = new Set(other.blocks.map((b) => b.id));
    for (const block of text.blocks) {
      if (!ids.has(block.id)) {
        errors.push(new ContentError(text.file, block.line, `${block.id} has no counterpart in ${other.file}; the same clause needs the same number or label in both languages`));
      }
    }
  }
  return errors;
}

/**
 * The clauses both languages have come in the same order: a translation that moves a clause
 * would otherwise be re-sorted silently into the official order by the alignment.
 */
function compareOrder(en: AgreementText, zh: AgreementText): ContentError[] {
  const [official, other] = en.meta.status === 'official' ? [en, zh] : [zh, en];
  const position = new Map(official.blocks.map((block, i) => [block.id, i]));
  const errors: ContentError[] = [];
  let latest: { at: number; id: string } | null = null;
  for (const block of other.blocks) {
    const at = position.get(block.id);
    if (at === undefined) continue;
    if (latest && at < latest.at) {
      errors.push(
        new ContentError(
          other.file,
          block.line,
          `${block.id} comes after ${latest.id} here but before it in ${official.file}; keep the official text's order`,
        ),
      );
      continue;
    }
    latest = { at, id: block.id };
  }
  return errors;
}

function checkSource({ official }: Agreement, sourcesDir: string): ContentError[] {
  const sourceFile = path.join(sourcesDir, official.meta.source);
  const shownDir = path.relative(process.cwd(), sourcesDir) || '.';
  if (!existsSync(sourceFile)) {
    return [new ContentError(official.file, 2, `source ${official.meta.source} not found in ${shownDir}/; place the captured text there unchanged (npm run new-agreement does) or correct the name`)];
  }
  const refs = new Set(official.blocks.map((b) => b.ref));
  const errors: ContentError[] = [];
  for (const repair of official.meta.repairs ?? []) {
    if (repair.clause && !refs.has(repair.clause)) {
      errors.push(new ContentError(official.file, lineOfText(official.file, repair.clause, official.bodyLine), `repair (${repair.kind}) names clause ${repair.clause}, which does not exist; write the id of the clause it concerns without "clause-" (e.g. 2.2), or leave clause out`));
    }
  }
  try {
    const result = checkFidelity(readSource(official.meta.source, sourcesDir), official.body, official.meta.repairs ?? []);
    if (!result.ok) {
      errors.push(new ContentError(official.file, official.bodyLine, `${result.message}; restore the text as the source has it, or list the change in repairs\n    source:  ${result.seedContext}\n    content: ${result.contentContext}`));
    }
  } catch (error) {
    errors.push(new ContentError(official.file, 2, `${(error as Error).message}; copy the words into source: exactly as the source prints them`));
  }
  return errors;
}
