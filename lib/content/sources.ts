import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ContentError } from './content-error';
import { decodeContent } from './encoding';
import { sourceFileName } from './source-file-name';

export { sourceFileName };

/**
 * The captured sources of the official texts live in the project, `content/sources/<file>`,
 * each listed with its provenance in `content/sources/sources.yaml`. SOURCES_DIR points the
 * check at another folder (the fixtures').
 */
export const sourcesRoot = path.resolve(process.env.SOURCES_DIR ?? path.join('content', 'sources'));
export const provenanceFileName = 'sources.yaml';


export const sourceShapes = ['web-page', 'pdf-text', 'ota-markdown'] as const;

export const provenanceSchema = z
  .object({
    agreement: z.string().regex(/^[a-z0-9-]+$/, 'the agreement slug, e.g. mns-terms'),
    language: z.enum(['en', 'zh']),
    title: z.string().min(1),
    shape: z.enum(sourceShapes),
    'captured-from': z.string().min(1),
    captured: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the file, 64 hex digits (sha256sum prints it)'),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The source text the official content file was made from: `content/sources/<source>`. */
export function readSource(file: string, dir = sourcesRoot): string {
  const full = path.join(dir, file);
  return decodeContent(path.relative(process.cwd(), full), readFileSync(/*turbopackIgnore: true*/ full));
}

/**
 * Checks the provenance list against the folder: every listed file exists and still has the
 * hash it was captured with, every file is listed, every official text's source is listed for
 * that agreement and language. `used` maps source file names to the official text using them.
 */
export function checkSources(
  used: { source: string; slug: string; language: string; file: string }[],
  dir = sourcesRoot,
): ContentError[] {
  const yamlFile = path.join(dir, provenanceFileName);
  const shown = path.relative(process.cwd(), yamlFile);
  if (!existsSync(yamlFile)) {
    return [new ContentError(shown, 1, `the provenance list is missing; create it (content/README.md, "Sources")`)];
  }
  const errors: ContentError[] = [];
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = decodeContent(shown, readFileSync(yamlFile));
  } catch (error) {
    return [error as ContentError];
  }
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter });
  if (doc.errors.length > 0) {
    const line = lineCounter.linePos(doc.errors[0].pos[0]).line;
    return [new ContentError(shown, line, `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`)];
  }
  const lineOf = (keys: (string | number)[]) => {
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const listed = new Map<string, Provenance>();
  for (const [name, value] of Object.entries(data)) {
    if (!sourceFileName.test(name)) {
      errors.push(new ContentError(shown, lineOf([name]), `"${name}" is not a source file name (letters, digits, . _ -, ending .txt or .md)`));
      continue;
    }
    const parsed = provenanceSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = [name, ...(issue.path as (string | number)[])];
        errors.push(new ContentError(shown, lineOf(keys), `${keys.join('.')}: ${issue.message}`));
      }
      continue;
    }
    listed.set(name, parsed.data);
    for (const [key, text] of Object.entries(parsed.data)) {
      if (text.startsWith('TODO')) {
        errors.push(new ContentError(shown, lineOf([name, key]), `${name}.${key} is still to be filled in (${text})`));
      }
    }
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      errors.push(new ContentError(shown, lineOf([name]), `${name} is listed but not in ${path.relative(process.cwd(), dir)}; add the captured file or remove the entry`));
    } else if (sha256(readFileSync(file)) !== parsed.data.sha256) {
      errors.push(
        new ContentError(
          shown,
          lineOf([name, 'sha256']),
          `${name} no longer has the SHA-256 it was captured with: sources are never edited; restore the file (git checkout) and list any change as a repair in the content file`,
        ),
      );
    }
  }
  for (const name of readdirSync(dir)) {
    if (name === provenanceFileName || name === 'README.md' || listed.has(name) || name in data) continue;
    errors.push(new ContentError(shown, 1, `${name} is in the sources folder but has no provenance entry; add one (content/README.md, "Sources")`));
  }
  for (const use of used) {
    const entry = listed.get(use.source);
    if (!entry && !(use.source in data)) {
      errors.push(new ContentError(use.file, 2, `source ${use.source} is not listed in ${shown}; place the captured file there and add its provenance`));
    } else if (entry && (entry.agreement !== use.slug || entry.language !== use.language)) {
      errors.push(
        new ContentError(use.file, 2, `source ${use.source} is listed for ${entry.agreement} (${entry.language}) in ${shown}, not for ${use.slug} (${use.language})`),
      );
    }
  }
  return errors;
}
