import type { Link, PhrasingContent, Text } from 'mdast';
import type { Language } from '../pipeline/types';
import type { Reference, ReferenceMark } from './types';
import { occupiedRanges, wrapSpans, type InlineSpan } from './wrap-spans';

export interface LinkReferencesOptions {
  /** The language of the text: a title in the zh column links to /zh/agreements/<slug>. */
  language: Language;
  /** Whether a clause ref exists; a target that does not stays text, never a dead link. */
  exists?: (ref: string) => boolean;
  /** Where a clause ref lives; default "#clause-<ref>", on the same page. */
  clauseUrl?: (ref: string) => string;
  /** Where another agreement of the library lives; default "/{language}/agreements/<slug>". */
  documentUrl?: (slug: string, language: Language) => string;
}

/**
 * The mdast transform of cross-references: works on one block's `content` (PhrasingContent[])
 * with the references detectReferences found in its plain text, and wraps each in a `link`
 * node — "#clause-2.6" for a clause, "/en/agreements/mini-program-cloud-terms" for another
 * agreement in the library. An external document ("Privacy Policy", 《服务使用规则》) and a clause
 * that does not exist stay text, marked in `data.reference` for the renderer to style. Each
 * number of a list is its own link: "[Clause 3] and/or [9]". Bold and emphasis are kept.
 */
export function linkReferences(
  nodes: PhrasingContent[],
  references: Reference[],
  options: LinkReferencesOptions,
): PhrasingContent[] {
  const taken = occupiedRanges(nodes);
  const free = (start: number, end: number) => !taken.some(([from, to]) => start < to && from < end);
  const spans = references
    .flatMap((reference) => spansOf(reference, options))
    .filter((s) => free(s.start, s.end));
  return wrapSpans(nodes, spans);
}

function spansOf(reference: Reference, options: LinkReferencesOptions): InlineSpan[] {
  const { start, end } = reference;
  if (reference.kind === 'document') {
    const { title, slug } = reference.document;
    if (!slug) return [{ start, end, wrap: mark({ kind: 'external-document', title }) }];
    const url = (options.documentUrl ?? defaultDocumentUrl)(slug, options.language);
    return [{ start, end, wrap: link(url, { kind: 'document', title, slug }) }];
  }
  const exists = options.exists ?? (() => true);
  const clauseUrl = options.clauseUrl ?? ((ref: string) => `#clause-${ref}`);
  return reference.spans.map((span) =>
    exists(span.target)
      ? { ...span, wrap: link(clauseUrl(span.target), { kind: 'clause', targets: [span.target] }) }
      : {
          ...span,
          wrap: mark({
            kind: 'missing-clause',
            targets: [span.target],
            declaredNew: !!reference.declaresNew,
          }),
        },
  );
}

function defaultDocumentUrl(slug: string, language: Language): string {
  return `/${language}/agreements/${slug}`;
}

function link(url: string, reference: ReferenceMark): (piece: Text) => Link {
  return (piece) => ({ type: 'link', url, title: null, children: [piece], data: { reference } });
}

function mark(reference: ReferenceMark): (piece: Text) => Text {
  return (piece) => ({ ...piece, data: { reference } });
}
