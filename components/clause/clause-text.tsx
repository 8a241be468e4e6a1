import type { PhrasingContent } from 'mdast';
import type { ReactNode } from 'react';

// Only these link targets are followed; anything else (javascript:, data:, //host, /\host) renders
// as plain text.
const safeHref = /^(https?:\/\/|mailto:|#|\/(?![/\\]))/i;

/**
 * Renders a block's inline Markdown as React elements. Raw HTML in content arrives as an `html`
 * node and is shown as the literal text it is, never as markup; React escapes every string.
 */
export function ClauseText({ nodes }: { nodes: PhrasingContent[] }) {
  return <>{nodes.map((node, i) => renderNode(node, i))}</>;
}

/** Set on nodes by lib/references/link-references.ts. */
type ReferenceMark = {
  kind: 'clause' | 'document' | 'external-document' | 'missing-clause' | 'defined-term';
  title?: string;
  /** defined-term: the clause that defines it. */
  ref?: string;
};

function referenceOf(node: PhrasingContent): ReferenceMark | undefined {
  return (node.data as { reference?: ReferenceMark } | undefined)?.reference;
}

function renderNode(node: PhrasingContent, key: number): ReactNode {
  const reference = referenceOf(node);
  switch (node.type) {
    case 'text':
      // A defined term's use: a link to its definition, which the preview shows on hover or focus.
      if (reference?.kind === 'defined-term') {
        return (
          <a key={key} href={`#clause-${reference.ref}`} className="reference-defined-term">
            {node.value}
          </a>
        );
      }
      // 《服务使用规则》, "Privacy Policy": a document outside the library, named but not linked.
      return reference ? (
        <span key={key} className={`reference-${reference.kind}`}>
          {node.value}
        </span>
      ) : (
        node.value
      );
    case 'strong':
      return <strong key={key}>{node.children.map(renderNode)}</strong>;
    case 'emphasis':
      return <em key={key}>{node.children.map(renderNode)}</em>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link':
      if (!safeHref.test(node.url)) return <span key={key}>{node.children.map(renderNode)}</span>;
      return (
        <a
          key={key}
          href={node.url}
          className={reference ? `reference-${reference.kind}` : undefined}
          rel={node.url.startsWith('http') ? 'noopener noreferrer' : undefined}
        >
          {node.children.map(renderNode)}
        </a>
      );
    case 'html':
      return node.value;
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as PhrasingContent[]).map(renderNode) : null;
  }
}
