import type { Nodes } from 'mdast';
import { parseMarkdown } from '../lib/content/markdown';
import { splitFrontMatter } from '../lib/content/front-matter';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function render(node: Nodes): string {
  const inner = () => ('children' in node ? (node.children as Nodes[]).map(render).join('') : '');
  switch (node.type) {
    case 'root':
      return inner();
    case 'heading':
      return `<h${node.depth}>${inner()}</h${node.depth}>\n`;
    case 'paragraph':
      return `<p>${inner()}</p>\n`;
    case 'list':
      return `<ul>${inner()}</ul>\n`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'link':
      return `<a href="${escape(node.url)}">${inner()}</a>`;
    case 'text':
    case 'html':
    case 'inlineCode':
      return escape(node.value);
    default:
      return inner();
  }
}

/**
 * The floor a page is measured against: the same two Markdown sources as plain static HTML, one
 * after the other, with minimal CSS and no JavaScript — what the text itself costs to send.
 */
export function floorPage(sources: { language: string; text: string }[]): string {
  const bodies = sources.map(({ language, text }) => {
    const { body } = splitFrontMatter('floor', text);
    return `<section lang="${language === 'zh' ? 'zh-CN' : 'en'}">${render(parseMarkdown(body))}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>floor</title><style>body{font-family:sans-serif;max-width:48rem;margin:auto;line-height:1.6}</style></head><body>${bodies.join('')}</body></html>`;
}
