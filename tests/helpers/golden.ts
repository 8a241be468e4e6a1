import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares a result with its golden file (JSON). `UPDATE=1` rewrites the file on purpose — then
 * read its diff before committing; a missing file is a failure that says so, never written
 * silently (a bug would otherwise be recorded as the expectation).
 */
export function expectGolden(file: string, actual: unknown): void {
  if (process.env.UPDATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  if (!existsSync(file))
    throw new Error(
      `${file} does not exist: create it with \`UPDATE=1 npx vitest run <this test>\`, then review every line of it before committing`,
    );
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
