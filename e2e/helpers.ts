import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The agreements on disk: the suite checks every one, so a new agreement is covered by default. */
export const slugs = readdirSync(path.join(__dirname, '..', 'content', 'agreements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const locales = ['en', 'zh'] as const;
