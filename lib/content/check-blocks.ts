import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { AgreementText } from '../pipeline/types';
import { ContentError } from './content-error';

/**
 * Limits on what one content file may hold, so that no agreement makes a page of many
 * megabytes: the largest real paragraph is 8,204 characters and the largest file has 300
 * blocks, far inside these. Checked by the content check, not the parser, so a big draft still
 * parses and can be looked at.
 */
export const contentLimits = {
  /** Characters of text in one clause, item or paragraph. */
  blockCharacters: 30_000,
  /** Clauses, items and paragraphs in one language file. */
  blocksPerFile: 3_000,
};

// Where relative targets are resolved; any other origin after resolution leaves the site.
const site = new URL('https://site.invalid/en/agreements/agreement');
const allowedSchemes = ['http:', 'https:', 'mailto:'];

/** Why a link target is refused, or null: written with a scheme, or resolving on this site. */
export function linkTargetProblem(url: string): string | null {
  // "/&#9;/evil.example/": browsers drop tabs and newlines, and the link leaves the site.
  const control = /[\s\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f|20)/i.exec(url);
  if (control) {
    const shown = JSON.stringify(control[0]);
    return `link target "${escapeForMessage(url)}" contains white space or a control character (${shown}); remove it, or write the full https:// address`;
  }
  if (url.includes('\\')) {
    return `link target "${url}" contains a backslash, which browsers read as "/" (so "/\\\\host" leaves the site); use "/"`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme) {
    return allowedSchemes.includes(scheme[1].toLowerCase() + ':')
      ? null
      : `link target "${url}" uses ${scheme[1]}:, which is not followed; only http:, https: and mailto: links are`;
  }
  let resolved: URL;
  try {
    resolved = new URL(url, site);
  } catch {
    return `link target "${url}" is not a valid address; correct it or remove the link`;
  }
  if (resolved.origin !== site.origin) {
    return `link target "${url}" looks relative but resolves to another site (${resolved.host}); write the full https:// address if an external page is meant`;
  }
  return null;
}

function escapeForMessage(url: string): string {
  return url.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Link targets and size limits of one parsed language file. */
export function checkBlocks(text: AgreementText): ContentError[] {
  const errors: ContentError[] = [];
  const error = (line: number, problem: string) => errors.push(new ContentError(text.file, line, problem));
  if (text.blocks.length > contentLimits.blocksPerFile) {
    error(
      text.bodyLine,
      `${text.blocks.length} clauses, items and paragraphs in one file (at most ${contentLimits.blocksPerFile}); a document this long is several agreements: split it into one agreement per document`,
    );
  }
  for (const block of text.blocks) {
    const length = toString({ type: 'paragraph', children: block.content }).length;
    if (length > contentLimits.blockCharacters) {
      error(
        block.line,
        `${block.id} has ${length} characters (at most ${contentLimits.blockCharacters}); a block this long is usually several clauses run together: split it where the source starts a new clause or paragraph`,
      );
    }
    for (const link of links(block.content)) {
      const problem = linkTargetProblem(link.url);
      const line = link.position ? link.position.start.line + text.bodyLine - 1 : block.line;
      if (problem) error(line, problem);
    }
  }
  return errors;
}

function links(nodes: PhrasingContent[]): { url: string; position?: PhrasingContent['position'] }[] {
  return nodes.flatMap((node) => [
    ...(node.type === 'link' || node.type === 'image' ? [{ url: node.url, position: node.position }] : []),
    ...('children' in node ? links(node.children as PhrasingContent[]) : []),
  ]);
}
