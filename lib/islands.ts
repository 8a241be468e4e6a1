import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The browser scripts that enhance the pages, one bundle per kind of page (islands/*.ts). */
export const islandEntries = ['agreement', 'chooser', 'embed', 'not-found', 'search'] as const;
export type Island = (typeof islandEntries)[number];

/** Where scripts/build-islands.ts writes them; `public/` serves them at /islands/. */
export const islandsDir = path.join('public', 'islands');

/**
 * The URL of an island's built file, "/islands/agreement-3FJ2K1.js", for a page's
 * `<script src>`. Fails the build with the fix when the islands were not built.
 */
export function islandSrc(name: Island): string {
  const file = path.join(islandsDir, 'manifest.json');
  if (!existsSync(/*turbopackIgnore: true*/ file))
    throw new Error(`${file} not found: run \`npm run build:islands\` (npm run build does) first`);
  const manifest = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as Record<string, string>;
  const src = manifest[name];
  if (!src) throw new Error(`${file} lists no island "${name}": run \`npm run build:islands\``);
  return src;
}
