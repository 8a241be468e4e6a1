import { ContentError } from './content-error';

/**
 * Limits on the Markdown body, checked on the raw text before it is parsed, so that no input
 * can stall the build. micromark resolves emphasis and links by scanning back over the earlier
 * markers of a paragraph, and re-reads every open list on each line: a paragraph of thousands
 * of markers ("*a*a*a…", "；**不**包括…" repeated; 80 KB of "*a" takes 24 s) or a list nested
 * hundreds deep (800 levels take 20 s) costs minutes. The agreements use at most 28 markers in a
 * paragraph and three levels of list, far inside these limits.
 */
export const markdownLimits = {
  /** "*", "_", "[" and "]" in one paragraph or list item. */
  markersPerParagraph: 200,
  /** Characters of indentation and list or quote markers that start one line: "    - (i) " is 6. */
  lineNesting: 40,
};

const markers = /[*_[\]]/g;
// "    - (i) …", "> > …", "- - - (a) …" (lists opened on one line), "1. 1. …"
const nesting = /^(?:[ \t>]|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
// A line that starts a list item or heading starts a new paragraph for the parser too.
const startsBlock = /^[ \t]*(?:[*+-][ \t]|\d{1,9}[.)][ \t]|#)/;

/** Throws a ContentError at the first line that breaks a limit; `bodyLine` is the body's file line. */
export function checkMarkdownLimits(body: string, file: string, bodyLine: number): void {
  let count = 0;
  let paragraphLine = bodyLine;
  body.split(/\r\n|\r|\n/).forEach((text, index) => {
    const line = bodyLine + index;
    if (text.trim() === '') {
      count = 0;
      paragraphLine = line + 1;
      return;
    }
    if (startsBlock.test(text)) {
      count = 0;
      paragraphLine = line;
    }
    const depth = nesting.exec(text)![0].length;
    if (depth > markdownLimits.lineNesting) {
      throw new ContentError(
        file,
        line,
        `the line starts with ${depth} characters of indentation and list or quote markers (at most ${markdownLimits.lineNesting}); nest lists a few levels deep`,
      );
    }
    count += text.match(markers)?.length ?? 0;
    if (count > markdownLimits.markersPerParagraph) {
      throw new ContentError(
        file,
        paragraphLine,
        `this paragraph has more than ${markdownLimits.markersPerParagraph} of the markers * _ [ ] (the Markdown parser slows quadratically on them); split it`,
      );
    }
  });
}
