import type { PhrasingContent } from 'mdast';

// Only these link targets are followed; anything else (javascript:, data:, //host, /\host) renders
// as plain text.
const safeHref = /^(https?:\/\/|mailto:|#|\/(?![/\\]))/i;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};
/** Escapes text and attribute values the way React does: no character of content is markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

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

const element = (tag: string, attributes: Record<string, string | undefined>, inner: string) => {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
};

/**
 * A block's inline Markdown as HTML, for a cell's `dangerouslySetInnerHTML`. A string rather than
 * React elements because a long agreement has thousands of these nodes: as elements they would
 * be shipped a second time in the page's React payload and hydrated one by one, and none of them
 * is interactive. Safety is this function's: every string is escaped, raw HTML in content is
 * shown as the literal text it is, and only the targets `safeHref` allows become links.
 */
export function clauseHtml(nodes: PhrasingContent[]): string {
  return nodes.map(nodeHtml).join('');
}

function nodeHtml(node: PhrasingContent): string {
  const reference = referenceOf(node);
  switch (node.type) {
    case 'text':
      // A defined term's use: a link to its definition, which the preview shows on hover or focus.
      if (reference?.kind === 'defined-term')
        return element(
          'a',
          { href: `#clause-${reference.ref}`, class: 'reference-defined-term' },
          escapeHtml(node.value),
        );
      // 《服务使用规则》, "Privacy Policy": a document outside the library, named but not linked.
      return reference
        ? element('span', { class: `reference-${reference.kind}` }, escapeHtml(node.value))
        : escapeHtml(node.value);
    case 'strong':
      return element('strong', {}, clauseHtml(node.children));
    case 'emphasis':
      return element('em', {}, clauseHtml(node.children));
    case 'inlineCode':
      return element('code', {}, escapeHtml(node.value));
    case 'break':
      return '<br/>';
    case 'link':
      if (!safeHref.test(node.url)) return element('span', {}, clauseHtml(node.children));
      return element(
        'a',
        {
          href: node.url,
          class: reference ? `reference-${reference.kind}` : undefined,
          rel: node.url.startsWith('http') ? 'noopener noreferrer' : undefined,
        },
        clauseHtml(node.children),
      );
    case 'html':
      return escapeHtml(node.value);
    case 'image':
      return escapeHtml(node.alt ?? '');
    default:
      return 'children' in node ? clauseHtml(node.children as PhrasingContent[]) : '';
  }
}
