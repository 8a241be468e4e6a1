import { z } from 'zod';
import { agreementExportSchema, libraryExportSchema } from './schema';
import { dataPaths } from './site';

/**
 * The JSON Schemas (draft 2020-12) published at /data/agreement.schema.json and
 * /data/agreements.schema.json, generated from the zod contract in schema.ts with its `$id` on
 * the site. The committed copies in lib/export/schemas/ are compared with these by the unit
 * test, so a change of the contract shows in review as a change of those files.
 */
export function agreementJsonSchema(site: string) {
  return withId(
    z.toJSONSchema(agreementExportSchema, { target: 'draft-2020-12' }),
    site + dataPaths.agreementSchema,
  );
}

export function libraryJsonSchema(site: string) {
  return withId(
    z.toJSONSchema(libraryExportSchema, { target: 'draft-2020-12' }),
    site + dataPaths.librarySchema,
  );
}

function withId(schema: Record<string, unknown>, id: string): Record<string, unknown> {
  const { $schema, title, description, ...rest } = schema;
  return { $schema, $id: id, title, description, ...rest };
}
