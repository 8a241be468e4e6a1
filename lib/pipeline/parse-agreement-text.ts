import { splitFrontMatter } from '../content/front-matter';
import { checkMarkdownLimits } from '../content/markdown-limits';
import { parseMarkdown } from '../content/markdown';
import { ContentError } from '../content/content-error';
import { buildClauseTree } from './build-clause-tree';
import type { AgreementText, Language } from './types';

/**
 * The stages, in order, for one language file of one agreement:
 *   text → front matter + Markdown body     (content/front-matter: validated against the schema)
 *   body → checked for what stalls a parser (content/markdown-limits: marker and nesting limits)
 *   body → Markdown tree (mdast)            (content/markdown: CommonMark, HTML stays text)
 *   mdast → parts and blocks with ids       (build-clause-tree: ids come from block structure)
 * The inline stage (link-agreement-references: cross-references become links) works on the
 * blocks' phrasing content and runs in lib/agreements.ts once both languages are aligned,
 * because it needs to know every clause id.
 */
export function parseAgreementText(
  slug: string,
  language: Language,
  file: string,
  text: string,
): AgreementText {
  const { frontMatter, body, bodyLine } = splitFrontMatter(file, text);
  if (frontMatter.language !== language) {
    throw new ContentError(
      file,
      2,
      `language is ${frontMatter.language} but the file is ${language}.md; correct language, or rename the file to ${frontMatter.language}.md`,
    );
  }
  checkMarkdownLimits(body, file, bodyLine);
  const parts = buildClauseTree(parseMarkdown(body), { file, bodyLine, meta: frontMatter, body });
  return {
    slug,
    language,
    file,
    meta: frontMatter,
    body,
    bodyLine,
    parts,
    blocks: parts.flatMap((p) => p.blocks),
  };
}
