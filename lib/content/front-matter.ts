import { parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { ContentError, ContentErrors } from './content-error';
import { sourceFileName } from './source-file-name';

const repairKinds = [
  'removed',
  'moved',
  'replaced',
  'joined',
  'split',
  'restructured',
  'defect',
] as const;

export const repairSchema = z
  .object({
    kind: z.enum(repairKinds),
    note: z.string().min(1),
    clause: z
      .string()
      .regex(/^[a-z0-9.-]+$/, 'a clause id without "clause-", e.g. 2.2 or specific.16.1.3')
      .optional(),
    lines: z
      .string()
      .regex(/^\d+(-\d+)?$/, 'seed line numbers, "N" or "N-M"')
      .optional(),
    pattern: z.string().optional(),
    source: z.string().optional(),
    content: z.string().optional(),
  })
  .strict()
  .superRefine((repair, ctx) => {
    const need = (ok: boolean, message: string) => ok || ctx.addIssue({ code: 'custom', message });
    if (repair.kind === 'removed') need(!!repair.lines !== !!repair.pattern, 'removed takes lines or pattern');
    if (repair.kind === 'moved') need(!!repair.lines, 'moved takes lines');
    if (repair.kind === 'replaced') need(repair.source !== undefined && repair.content !== undefined, 'replaced takes source and content');
  });

export type Repair = z.infer<typeof repairSchema>;

export const partSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    title: z.string().min(1).optional(),
  })
  .strict();

const clauseRef = z.string().regex(/^[a-z0-9.-]+$/, 'a clause id without "clause-", e.g. 2.2 or specific.16.1.3');

/** A bilingual-check finding that is right to keep (the source itself differs), with why. */
export const acknowledgementSchema = z
  .object({ clause: clauseRef, finding: z.string().min(1), reason: z.string().min(1) })
  .strict();

/** A per-clause correction of the highlight rules: add or remove a tag, with why. */
export const highlightOverrideSchema = z
  .object({
    clause: clauseRef,
    tag: z.enum(['liability', 'deletion']),
    action: z.enum(['add', 'remove']),
    reason: z.string().min(1),
  })
  .strict();

/**
 * A substantive correction of a reference translation, for its changelog (lib/bilingual/
 * corrections.ts): the clause, the wording before and after, and why.
 */
export const correctionSchema = z
  .object({
    clause: clauseRef,
    before: z.string().min(1),
    after: z.string().min(1),
    why: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  })
  .strict();

/**
 * What kind of agreement it is, in the order the library lists them: the membership agreement a
 * customer signs first, then the terms of the products they buy, then the support plan.
 */
export const agreementKinds = ['membership', 'product-terms', 'support-plan'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const frontMatterSchema = z
  .object({
    title: z.string().min(1),
    language: z.enum(['en', 'zh']),
    status: z.enum(['official', 'reference-translation']),
    prevails: z.enum(['en', 'zh']),
    source: z.string().regex(sourceFileName, 'a file name in content/sources/, e.g. 001_ebee3837cade0750.txt'),
    version: z.coerce.string().optional(),
    updated: z.coerce.string().optional(),
    effective: z.coerce.string().optional(),
    publication: z.string().optional(),
    kind: z.enum(agreementKinds).optional(),
    product: z.string().min(1).optional(),
    parts: z.array(partSchema).min(1),
    repairs: z.array(repairSchema).optional(),
    acknowledged: z.array(acknowledgementSchema).optional(),
    highlights: z.array(highlightOverrideSchema).optional(),
    corrections: z.array(correctionSchema).optional(),
  })
  .strict()
  .refine((m) => m.version || m.updated || m.effective, {
    message: 'give at least one of version, updated, effective',
  })
  .refine((m) => m.status === 'official' || !m.repairs, {
    message: 'repairs belong to the official text only',
    path: ['repairs'],
  })
  .refine((m) => m.status === 'reference-translation' || !m.corrections, {
    message: 'corrections belong to the reference translation only',
    path: ['corrections'],
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitFile {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * Splits "---\nyaml\n---\nbody" and validates the YAML. Errors carry the line of the offending
 * key, found by walking the YAML document's nodes to the path zod reports.
 */
export function splitFrontMatter(file: string, text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match)
    throw new ContentError(
      file,
      1,
      'no front matter: the file must start with a "---" line, then the YAML keys, then another "---" line (content/README.md, "Front matter")',
    );
  const yamlText = match[1];
  const doc = parseDocument(yamlText);
  const lineOf = (offset: number) => yamlText.slice(0, offset).split('\n').length + 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ContentError(file, lineOf(error.pos[0]), `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const parsed = frontMatterSchema.safeParse(toData(file, doc, lineOf));
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const node = issue.path.length ? doc.getIn(issue.path as (string | number)[], true) : undefined;
      const range = (node as { range?: [number, number] } | undefined)?.range;
      const where = issue.path.join('.') || 'front matter';
      return new ContentError(file, range ? lineOf(range[0]) : 2, `${where}: ${issue.message} (content/README.md, "Front matter")`);
    });
    throw new ContentErrors(errors);
  }
  return {
    frontMatter: parsed.data,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * The YAML as plain data. yaml throws here rather than reporting in doc.errors on an alias with
 * no anchor ("version: *v" without "&v") and on aliases that expand past its limit (a "billion
 * laughs"); both become a content error on the line of the first alias.
 */
function toData(file: string, doc: Document, lineOf: (offset: number) => number): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    let line = 2;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = lineOf(node.range[0]);
        return visit.BREAK;
      },
    });
    throw new ContentError(file, line, `front matter is not valid YAML: ${(error as Error).message}`);
  }
}
