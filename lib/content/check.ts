import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { agreementSlugs, readAgreement, type Agreement } from '../agreements';
import { ContentError } from './content-error';
import { checkFidelity } from './fidelity';
import { checkPrevails } from './check-prevails';
import { checkReferences } from '../references/check-references';
import { checkHighlights } from '../highlights/check-highlights';

export interface CheckResult {
  errors: ContentError[];
  agreements: Agreement[];
}

/**
 * Everything `npm run check:content` verifies, as data: each file parses (front matter schema,
 * structure, unique ids, numbering), both languages of an agreement have the same clause ids
 * and parts, and every official text is faithful to its seed but for its listed repairs.
 */
export function checkContent(root: string, seedsDir: string): CheckResult {
  const errors: ContentError[] = [];
  const agreements: Agreement[] = [];
  for (const slug of agreementSlugs(root)) {
    let agreement: Agreement;
    try {
      agreement = readAgreement(slug, root);
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else errors.push(new ContentError(path.join(root, slug), 1, (error as Error).message));
      continue;
    }
    agreements.push(agreement);
    errors.push(
      ...compareLanguages(agreement),
      ...checkPrevails(agreement),
      ...checkSeed(agreement, seedsDir),
      ...checkReferences(agreement),
      ...checkHighlights(agreement),
    );
  }
  return { errors, agreements };
}

function compareLanguages({ texts }: Agreement): ContentError[] {
  const { en, zh } = texts;
  if (!en || !zh) return [];
  const errors: ContentError[] = [];
  const partsOf = (text: typeof en) => text.meta.parts.map((p) => p.id).join(', ');
  if (partsOf(en) !== partsOf(zh)) {
    errors.push(new ContentError(en.file, 2, `parts are [${partsOf(en)}] here but [${partsOf(zh)}] in ${zh.file}`));
  }
  if (en.meta.prevails !== zh.meta.prevails) {
    errors.push(new ContentError(en.file, 2, `prevails is ${en.meta.prevails} here but ${zh.meta.prevails} in ${zh.file}`));
  }
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

function checkSeed({ official }: Agreement, seedsDir: string): ContentError[] {
  const seedFile = path.join(seedsDir, official.meta.source);
  if (!existsSync(seedFile)) return [new ContentError(official.file, 2, `source ${official.meta.source} not found in ${seedsDir}`)];
  const refs = new Set(official.blocks.map((b) => b.ref));
  const errors: ContentError[] = [];
  for (const repair of official.meta.repairs ?? []) {
    if (repair.clause && !refs.has(repair.clause)) {
      errors.push(new ContentError(official.file, 2, `repair (${repair.kind}) names clause ${repair.clause}, which does not exist`));
    }
  }
  try {
    const result = checkFidelity(readFileSync(seedFile, 'utf8'), official.body, official.meta.repairs ?? []);
    if (!result.ok) {
      errors.push(new ContentError(official.file, official.bodyLine, `${result.message}; list the repair or restore the text\n    seed:    ${result.seedContext}\n    content: ${result.contentContext}`));
    }
  } catch (error) {
    errors.push(new ContentError(official.file, 2, (error as Error).message));
  }
  return errors;
}
