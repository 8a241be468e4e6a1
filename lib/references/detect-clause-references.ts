import type { Language } from '../pipeline/types';
import {
  clausePatterns,
  declaresNewBefore,
  numberPattern,
  otherInstrumentAfter,
  type ClausePattern,
} from './clause-patterns';
import { itemRef, resolveClause, thisClause } from './resolve-target';
import type { ClauseReference, ReferenceContext, ReferenceSpan } from './types';

// "(a)" in "sub-paragraphs (a) and (b)", "（a）" in "第（a）项".
const itemLabel = /[(（]([a-z]{1,4})[)）]/g;

/**
 * Finds the references to clauses of the same agreement in one block's plain text: "Clause 2.6",
 * "Clauses 10 and 11", "this Clause 2.3", "sub-paragraph (a) above", "第3条", "本服务第3条", "本条".
 * Works on plain text because references cross no Markdown that matters; link-references maps
 * the offsets back onto the block's mdast.
 */
export function detectClauseReferences(
  text: string,
  language: Language,
  context: ReferenceContext,
): ClauseReference[] {
  const found: ClauseReference[] = [];
  for (const rule of clausePatterns[language]) {
    for (const match of text.matchAll(rule.pattern)) {
      const reference = toReference(text, match, rule, language, context);
      if (reference) found.push(reference);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toReference(
  text: string,
  match: RegExpExecArray,
  rule: ClausePattern,
  language: Language,
  context: ReferenceContext,
): ClauseReference | null {
  const start = match.index;
  const end = start + match[0].length;
  if (otherInstrumentAfter[language]?.test(text.slice(end))) return null;
  const spans =
    rule.means === 'this-clause'
      ? [{ start, end, target: thisClause(context) }]
      : listSpans(match, rule, context);
  if (spans.length === 0) return null;
  // The keyword belongs to the first number's link, the closing word to the last one's:
  // "[Clause 3] and/or [9]", "[第2.9]、[4]…和[13条]".
  spans[0] = { ...spans[0], start };
  spans[spans.length - 1] = { ...spans[spans.length - 1], end };
  const reference: ClauseReference = {
    kind: 'clause',
    start,
    end,
    text: match[0],
    targets: [...new Set(spans.map((span) => span.target))],
    spans,
  };
  if (declaresNewBefore[language].test(text.slice(Math.max(0, start - 20), start)))
    reference.declaresNew = true;
  return reference;
}

/** Each printed number (or item label) in the match's `list` group, with its own offsets. */
function listSpans(match: RegExpExecArray, rule: ClausePattern, context: ReferenceContext): ReferenceSpan[] {
  const list = match.groups?.list ?? '';
  const listStart = match.index + match[0].indexOf(list);
  const pattern = rule.means === 'items' ? itemLabel : numberPattern;
  return [...list.matchAll(new RegExp(pattern.source, 'g'))].map((number) => ({
    start: listStart + number.index,
    end: listStart + number.index + number[0].length,
    target: rule.means === 'items' ? itemRef(number[1], context) : resolveClause(number[0], context),
  }));
}
