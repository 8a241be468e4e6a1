import { readFileSync } from 'node:fs';
import type { Agreement } from '../pipeline/types';
import type { LoadedRegions } from '../regions/load-regions';
import { languages } from '../pipeline/types';
import { agreementExport } from './agreement-export';
import { agreementJsonSchema, libraryJsonSchema } from './json-schema';
import { schemaVersion, type AgreementExport, type LibraryExport } from './schema';
import { dataPaths } from './site';

/** A file to publish: its path under the site's root (and under public/), and its bytes. */
export interface DataFile {
  path: string;
  content: string | Buffer;
}

/**
 * Every file under /data/: the library, each agreement's export and its language versions'
 * Markdown exactly as stored, and the two schemas. Plain data in, files out; the build script
 * (scripts/build-data.ts) writes them to public/.
 */
export function dataFiles(input: {
  agreements: Agreement[];
  loaded: LoadedRegions;
  site: string;
}): DataFile[] {
  const { agreements, loaded, site } = input;
  const exports = agreements.map((agreement) => agreementExport(agreement, loaded, site));
  const library: LibraryExport = {
    $schema: site + dataPaths.librarySchema,
    schemaVersion,
    agreements: exports.map(summaryOf),
  };
  return [
    { path: dataPaths.library, content: json(library) },
    { path: dataPaths.librarySchema, content: json(libraryJsonSchema(site)) },
    { path: dataPaths.agreementSchema, content: json(agreementJsonSchema(site)) },
    ...exports.map((data) => ({ path: dataPaths.agreement(data.slug), content: json(data) })),
    ...agreements.flatMap((agreement) =>
      languages.flatMap((language) => {
        const text = agreement.texts[language];
        return text
          ? [{ path: dataPaths.markdown(agreement.slug, language), content: readFileSync(text.file) }]
          : [];
      }),
    ),
  ];
}

/** The library's entry: the agreement file's fields that agreements.json repeats. */
function summaryOf(data: AgreementExport): LibraryExport['agreements'][number] {
  const { slug, official, languages, titles, status, editions, scope, defaultRegion, urls } = data;
  const regions = data.regions.map(({ key, name, default: isDefault, pages }) => ({
    key,
    name,
    default: isDefault,
    pages,
  }));
  return { slug, official, languages, titles, status, editions, scope, defaultRegion, regions, urls };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
