import { existsSync, readFileSync } from 'node:fs';
import type { Agreement } from '../pipeline/types';
import { ContentError } from './content-error';

/**
 * `prevails` must name the language whose file is `official`, in every language file: the page
 * tells the reader that the official text prevails, and a reference translation that claimed to
 * prevail would say the opposite. "zh.md:5: prevails is zh, but the official text is en.md".
 */
export function checkPrevails({ official, texts }: Agreement): ContentError[] {
  return Object.values(texts)
    .filter((text) => text !== undefined && text.meta.prevails !== official.language)
    .map(
      (text) =>
        new ContentError(
          text!.file,
          lineOfKey(text!.file, 'prevails'),
          `prevails is ${text!.meta.prevails}, but the official text is ${official.language} (${official.file}); name the official language`,
        ),
    );
}

/**
 * `kind` (the library's grouping) is the agreement's, so a translation that gives it must give the
 * official text's: "en.md:8: kind is support-plan, but the official text (zh.md) says product-terms".
 */
export function checkKind({ official, texts }: Agreement): ContentError[] {
  return Object.values(texts)
    .filter((text) => text !== undefined && text.meta.kind && text.meta.kind !== official.meta.kind)
    .map(
      (text) =>
        new ContentError(
          text!.file,
          lineOfKey(text!.file, 'kind'),
          `kind is ${text!.meta.kind}, but the official text (${official.file}) says ${official.meta.kind ?? 'nothing'}; give the same kind in both files`,
        ),
    );
}

/** The 1-based line of a top-level front-matter key, or 2 when the file cannot be read. */
function lineOfKey(file: string, key: string): number {
  if (!existsSync(file)) return 2;
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 2;
}
