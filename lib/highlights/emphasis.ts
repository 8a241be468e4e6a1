import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Whether a clause is set in bold: at least half of its characters (white space aside) are inside
 * `**…**`. The Chinese sources bold the clauses that limit liability ("**10.6. 在法律允许的情况下，
 * 阿里云……不超过……**"); a bold number alone ("**3.1.**服务费用将……") does not count. This is a
 * signal for reviewers only; tags come from the rules.
 */
export function isBold(content: PhrasingContent[]): boolean {
  const total = count(toString({ type: 'paragraph', children: content }));
  return total > 0 && boldCharacters(content) * 2 >= total;
}

function boldCharacters(nodes: PhrasingContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'strong') n += count(toString(node));
    else if ('children' in node) n += boldCharacters(node.children as PhrasingContent[]);
  }
  return n;
}

function count(text: string): number {
  return text.replace(/\s+/g, '').length;
}
