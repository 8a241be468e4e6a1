// npm run import -- --source <file> --slug <slug> --lang <en|zh> [--out <dir>] [--shape web-page|pdf-text|ota-markdown]
// Turns a captured agreement into a draft content file, <out>/<slug>/<lang>.md (out defaults to
// content/agreements), and prints what it removed, what it repaired and what a person must decide.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeContent } from '../lib/content/encoding';
import { ContentError } from '../lib/content/content-error';
import { importSource } from '../lib/import/import-source';
import { formatReport } from '../lib/import/report';
import type { SourceShape } from '../lib/import/types';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string', default: path.join('content', 'agreements') },
    shape: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const usage =
  'usage: npm run import -- --source <file> --slug <slug> --lang <en|zh> [--out <dir>] [--shape web-page|pdf-text|ota-markdown] [--force]';
if (
  !values.source ||
  !values.slug ||
  (values.lang !== 'en' && values.lang !== 'zh') ||
  !/^[a-z0-9-]+$/.test(values.slug)
) {
  console.error(usage);
  process.exit(2);
}
const shapes = ['web-page', 'pdf-text', 'ota-markdown'];
if (values.shape && !shapes.includes(values.shape)) {
  console.error(`--shape must be one of ${shapes.join(', ')}`);
  process.exit(2);
}
let text: string;
try {
  text = decodeContent(values.source, readFileSync(values.source));
} catch (error) {
  console.error(
    error instanceof ContentError ? error.message : `${values.source}: ${(error as Error).message}`,
  );
  process.exit(1);
}
const result = importSource(text, {
  source: path.basename(values.source),
  slug: values.slug,
  language: values.lang,
  shape: values.shape as SourceShape | undefined,
});
const file = path.join(values.out!, values.slug, `${values.lang}.md`);
if (existsSync(file) && !values.force) {
  console.error(`${file} exists; pass --force to overwrite it, or --out <dir> to write elsewhere`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, result.markdown);
console.log(formatReport(file, result));
