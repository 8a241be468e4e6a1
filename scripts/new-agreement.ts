// npm run new-agreement -- --source <file> --slug <slug> --lang <en|zh>
//   [--shape web-page|pdf-text|ota-markdown] [--captured-from <address>] [--captured <date>]
// Places the source in content/sources/ with its provenance, writes the draft content file with
// the importer, adds a regions.yaml stub, and prints what is left to do.
import { parseArgs } from 'node:util';
import { newAgreement } from '../lib/import/new-agreement';
import type { SourceShape } from '../lib/import/types';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string' },
    shape: { type: 'string' },
    'captured-from': { type: 'string' },
    captured: { type: 'string' },
  },
});
if (!values.source || !values.slug || (values.lang !== 'en' && values.lang !== 'zh')) {
  console.error(
    'usage: npm run new-agreement -- --source <file> --slug <slug> --lang <en|zh> [--shape …] [--captured-from …] [--captured …]',
  );
  process.exit(2);
}
if (values.shape && !['web-page', 'pdf-text', 'ota-markdown'].includes(values.shape)) {
  console.error('--shape must be one of web-page, pdf-text, ota-markdown');
  process.exit(2);
}
try {
  console.log(
    newAgreement({
      source: values.source,
      slug: values.slug,
      language: values.lang,
      root: process.cwd(),
      shape: values.shape as SourceShape | undefined,
      capturedFrom: values['captured-from'],
      captured: values.captured,
    }),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
