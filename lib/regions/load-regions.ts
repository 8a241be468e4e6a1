import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ContentError } from '../content/content-error';
import { decodeContent } from '../content/encoding';
import { regionsFileSchema, type AgreementRegions, type Region, type RegionsFile } from './schema';

export const regionsFile = path.resolve(process.env.REGIONS_FILE ?? path.join('content', 'regions.yaml'));

/** regions.yaml, validated, with a way back from any key to its line for error messages. */
export interface LoadedRegions {
  data: RegionsFile;
  /** The file as errors name it: relative to the working directory. */
  file: string;
  /** 1-based line of the node at a path, e.g. ['agreements', 'membership-agreement', 'effects', 3]. */
  lineOf: (keys: (string | number)[]) => number;
}

/**
 * Reads and validates a regions file. Scalars are read with YAML's failsafe schema, so clause
 * numbers stay text ("13.10", not 13.1). A YAML or schema error throws a ContentError with the
 * line of the offending key.
 */
export function readRegions(file = regionsFile): LoadedRegions {
  const relative = path.relative(process.cwd(), file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(decodeContent(relative, readFileSync(/*turbopackIgnore: true*/ file)), {
    schema: 'failsafe',
    lineCounter,
  });
  const lineOf = (keys: (string | number)[]) => lineOfPath(doc, lineCounter, keys);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ContentError(relative, line, `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const parsed = regionsFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const keys = issue.path as (string | number)[];
    throw new ContentError(relative, lineOf(keys), `${keys.join('.') || 'regions file'}: ${issue.message}`);
  }
  return { data: parsed.data, file: relative, lineOf };
}

/** The nearest node that exists on the path (a missing key points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, keys: (string | number)[]): number {
  for (let length = keys.length; length > 0; length--) {
    const node = doc.getIn(keys.slice(0, length), true) as { range?: [number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

let cached: LoadedRegions | undefined;

/** The site's regions.yaml, read once per process (once per build). */
export function loadRegions(): LoadedRegions {
  cached ??= readRegions();
  return cached;
}

/** The regions an agreement applies in, its default region and effects; null for an unknown slug. */
export function agreementRegions(slug: string, data: RegionsFile): AgreementRegions | null {
  return Object.hasOwn(data.agreements, slug) ? data.agreements[slug] : null;
}

/** One region's data; null for an unknown key (a URL segment is untrusted input). */
export function regionOf(key: string, data: RegionsFile): Region | null {
  return Object.hasOwn(data.regions, key) ? data.regions[key] : null;
}
