import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// CommonMark does not close "**3.1.**服务费用" (a closing ** after punctuation and before a CJK
// character); remark-cjk-friendly relaxes exactly that rule, so the Chinese sources' bold survives.
// No GFM: no tables or footnotes; HTML in content is never turned into markup.
const parser = unified().use(remarkParse).use(remarkCjkFriendly);

export function parseMarkdown(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
