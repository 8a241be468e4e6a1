import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Validators for the data exports built from the committed schemas (lib/export/schemas/), the
 * contract as reviewed, with ajv's draft 2020-12 class and its formats (uri). Used by the unit
 * tests and by the e2e test of the served files.
 */
const schemaDir = path.join(__dirname, '..', '..', 'lib', 'export', 'schemas');

export const committedSchemaFiles = {
  agreement: path.join(schemaDir, 'agreement.schema.json'),
  library: path.join(schemaDir, 'agreements.schema.json'),
};

export function exportValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const load = (file: string) => ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  const agreement = load(committedSchemaFiles.agreement);
  const library = load(committedSchemaFiles.library);
  /** The errors of one document against one schema, one line each: an empty list is a pass. */
  const errors = (validate: typeof agreement, data: unknown): string[] =>
    validate(data) ? [] : (validate.errors ?? []).map(describe);
  return {
    agreement: (data: unknown) => errors(agreement, data),
    library: (data: unknown) => errors(library, data),
  };
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
