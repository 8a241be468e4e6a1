import { existsSync } from 'node:fs';
import path from 'node:path';
import { agreementSlugs, readAgreement, type Agreement } from '../agreements';
import { ContentError } from './content-error';
import { checkFidelity } from './fidelity';
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
      if (error instanceof ContentError) errors.push(error);
      else errors.push(new ContentError(path.join(root, slug), 1, (error as Error).message));
      continue;
    }
    agreements.push(agreement);
    errors.push(
      ...compareLanguages(agreement),
      ...checkSource(agreement, sourcesDir),
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
      errors.push(new ContentError(official.file, 2, `repair (${repair.kind}) names clause ${repair.clause}, which does not exist`));
    }
  }
  try {
    const result = checkFidelity(readSource(official.meta.source, sourcesDir), official.body, official.meta.repairs ?? []);
    if (!result.ok) {
      errors.push(new ContentError(official.file, official.bodyLine, `${result.message}; restore the text as the source has it, or list the change in repairs\n    source:  ${result.seedContext}\n    content: ${result.contentContext}`));
    }
  } catch (error) {
    errors.push(new ContentError(official.file, 2, (error as Error).message));
  }
  return errors;
}
