/**
 * Reduces Markdown (or a seed captured as half-Markdown) to the bare characters of its text, so
 * that two renderings of the same words compare equal: markers of headings, lists, quotes,
 * emphasis and links go, escapes are undone, and all white space is removed. Ordered-list
 * numbers stay: in these agreements they are the printed clause numbers ("1. For the purposes").
 */
export function plainText(markdown: string): string {
  return (
    markdown
      // "## 3. Member Responsibilities"
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
      // "- (a) …", "  - i. reduce …"
      .replace(/^[ \t]*[-*+][ \t]+/gm, '')
      .replace(/^[ \t]*>[ \t]?/gm, '')
      // thematic breaks between parts: "---"
      .replace(/^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, '')
      // the underline of a setext heading: "Perplexity Terms of Service" over "======"
      .replace(/^[ \t]*=+[ \t]*$/gm, '')
      // "《[服务使用规则](#)》", "[text](https://…)"
      .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*\)/g, '$1')
      // "<https://www.alibabacloud.com/marketplace>"
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      // "\[大数据计算服务\]"
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
      .replace(/\*\*|\*/g, '')
      .replace(/\s+/g, '')
  );
}
