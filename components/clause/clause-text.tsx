import type { PhrasingContent } from 'mdast';
import type { ReactNode } from 'react';

// Only these link targets are followed; anything else (javascript:, data:) renders as plain text.
const safeHref = /^(https?:\/\/|mailto:|#|\/(?!\/))/i;

/**
 * Renders a block's inline Markdown as React elements. Raw HTML in content arrives as an `html`
 * node and is shown as the literal text it is, never as markup; React escapes every string.
 */
export function ClauseText({ nodes }: { nodes: PhrasingContent[] }) {
  return <>{nodes.map((node, i) => renderNode(node, i))}</>;
}

function renderNode(node: PhrasingContent, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
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
        <a key={key} href={node.url} rel={node.url.startsWith('http') ? 'noopener noreferrer' : undefined}>
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
