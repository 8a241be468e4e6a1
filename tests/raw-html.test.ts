import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { clauseHtml } from '../lib/page/clause-html';
import { parseMarkdown } from '../lib/content/markdown';

function render(markdown: string): string {
  const paragraph = parseMarkdown(markdown).children[0] as Paragraph;
  return clauseHtml(paragraph.children);
}

describe('content never becomes markup or script', () => {
  it('shows inline HTML as text', () => {
    const html = render('1.1 Before <script>alert(1)</script> and <img src=x onerror=alert(2)> after.');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('drops javascript: and data: link targets, keeping the words', () => {
    const html = render(
      'See [the terms](javascript:alert(1)) and [this](data:text/html,x) and [ok](https://example.com).',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
    expect(html).toContain('<span>the terms</span>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">ok</a>');
  });

  it('does not follow a protocol-relative target, even spelled with a backslash', () => {
    const html = render(
      'See [a](//evil.example) and [b](/\\evil.example) and [c](/en/agreements/mns-terms).',
    );
    expect(html).not.toContain('evil.example"');
    expect(html).toContain('<a href="/en/agreements/mns-terms">c</a>');
  });

  it('keeps entities as the characters they stand for, escaped once', () => {
    expect(render('Fees &amp; charges &lt;b&gt;')).toBe('Fees &amp; charges &lt;b&gt;');
  });
});
