import type { Repair } from '../content/front-matter';
import type { DraftMeta, SourceShape } from './types';

/**
 * What surrounds an agreement in a captured page or PDF and is not part of it: site navigation
 * ("All Products", "Document Center"), a site footer (from "How helpful was this page?" on), the
 * PDF's legal notice (法律声明), conventions table (通用约定) and table of contents (目录), and
 * the title and date lines, which move to the front matter. Each recognised stretch becomes a
 * `removed` or `moved` repair with its line range, so the fidelity check passes on the draft.
 */

const navigation = [
  /^All Products$/,
  /^Document Center$/,
  /^\[← Document Center/,
  /^all-products-head$/,
  /^This Product ▼$/,
  /^Search by keyword$/,
];
const footerStart = [/^#*\s*How helpful was this page\?/, /^\[Previous: /, /^©\s*\d{4}/];
const dateLines: [RegExp, keyof DraftMeta, string][] = [
  [/^>?\s*Last Updated?:\s*(.+)$/i, 'updated', 'The "Last Updated" line'],
  [/^\(Version:\s*(.+)\)$/, 'version', 'The version line'],
  [/^文档版本[：:]\s*(.+)$/, 'version', 'The line "文档版本"'],
  [/^版本生效日期[：:]\s*(.+)$/, 'effective', 'The line "版本生效日期"'],
  [/^Effective(?: date:)?\s+([A-Z][a-z]+ \d{1,2}, \d{4})/, 'effective', 'The effective date line'],
];
const pdfBlocks: [RegExp, string][] = [
  [/^#*\s*法律声明$/, "The PDF's legal notice (法律声明) about the documentation"],
  [/^#*\s*通用约定$/, "The PDF's typographic conventions table (通用约定)"],
  [/^#*\s*目录$/, "The PDF's table of contents (目录)"],
];

export interface Chrome {
  /** Source lines (1-based) that are not read as the agreement. */
  dropped: Set<number>;
  repairs: Repair[];
  removed: string[];
  meta: DraftMeta;
}

const bare = (line: string) =>
  line
    .replace(/\{#[^}]*\}/g, '')
    .replace(/\*\*/g, '')
    .trim();

export function findChrome(lines: string[], shape: SourceShape): Chrome {
  const chrome: Chrome = { dropped: new Set(), repairs: [], removed: [], meta: {} };
  const drop = (first: number, last: number, kind: 'removed' | 'moved', note: string) => {
    for (let n = first; n <= last; n++) chrome.dropped.add(n);
    const range = first === last ? `${first}` : `${first}-${last}`;
    chrome.repairs.push({ kind, lines: range, note });
    chrome.removed.push(`${range}: ${note}`);
  };
  const firstText = lines.findIndex((line) => line.trim() !== '');
  // Navigation at the top: consecutive chrome lines (blank lines between them included).
  let last = -1;
  for (let i = firstText; i >= 0 && i < lines.length; i++) {
    const text = bare(lines[i]);
    if (text === '') continue;
    if (!navigation.some((re) => re.test(text))) break;
    last = i;
  }
  if (last >= 0)
    drop(
      firstText + 1,
      last + 1,
      'removed',
      'Page chrome of the website (navigation) is not part of the agreement and was removed.',
    );
  // A language selector near the top ("English"), as Open Terms Archive keeps it.
  const selector = lines.findIndex(
    (line, i) =>
      i < 15 && /^(?:English|中文|简体中文|繁體中文|Français|Deutsch|Español|日本語)$/.test(line.trim()),
  );
  if (selector >= 0)
    drop(
      selector + 1,
      selector + 1,
      'removed',
      `The page's language selector ("${lines[selector].trim()}") is not part of the agreement and was removed.`,
    );
  const footer = lines.findIndex((line, i) => i > last && footerStart.some((re) => re.test(bare(line))));
  if (footer >= 0)
    drop(
      footer + 1,
      lines.length,
      'removed',
      'The website footer (links, ratings, copyright) is not part of the agreement and was removed.',
    );
  if (shape === 'pdf-text') findPdfFrontMatter(lines, chrome, drop);
  findTitleAndDates(lines, chrome, shape, drop);
  return chrome;
}

type Drop = (first: number, last: number, kind: 'removed' | 'moved', note: string) => void;

/** 法律声明 … 通用约定 … 目录 …: each block runs to the next; the contents end at its last "....." line. */
function findPdfFrontMatter(lines: string[], chrome: Chrome, drop: Drop) {
  const starts = pdfBlocks
    .map(([re, note]) => ({ at: lines.findIndex((line) => re.test(bare(line))), note }))
    .filter((block) => block.at >= 0);
  starts.forEach((block, k) => {
    let end: number;
    if (k + 1 < starts.length) end = starts[k + 1].at - 1;
    else {
      end = block.at;
      for (let i = block.at + 1; i < lines.length && i < block.at + 200; i++) {
        if (/\.{4,}|…{2,}/.test(lines[i])) end = i;
        else if (lines[i].trim() !== '' && i > end + 2) break;
      }
    }
    while (end > block.at && lines[end].trim() === '') end--;
    drop(
      block.at + 1,
      end + 1,
      'removed',
      `${block.note} is front matter of the PDF, not part of the agreement.`,
    );
  });
  // The chapter heading right after the contents is the agreement's title: "1 支持计划服务条款".
  const afterContents = starts.at(-1);
  if (!afterContents) return;
  const from = [...chrome.dropped].reduce((a, b) => Math.max(a, b), 0);
  const next = lines.findIndex((line, i) => i >= from && line.trim() !== '');
  const title = next >= 0 ? /^#*\s*\d+\s+(\S.{0,60})$/.exec(bare(lines[next])) : null;
  if (title && !/[。；]$/.test(title[1])) {
    chrome.meta.title = title[1].trim();
    drop(
      next + 1,
      next + 1,
      'moved',
      `The chapter heading "${bare(lines[next])}" is the agreement's title, given in the front matter (title).`,
    );
  }
}

function findTitleAndDates(lines: string[], chrome: Chrome, shape: SourceShape, drop: Drop) {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    if (chrome.dropped.has(i + 1)) continue;
    const text = bare(lines[i]);
    for (const [re, key, what] of dateLines) {
      const match = re.exec(text);
      if (!match || chrome.meta[key]) continue;
      chrome.meta[key] = match[1].trim();
      drop(i + 1, i + 1, 'moved', `${what} now lives in the front matter (${key}).`);
    }
  }
  const first = lines.findIndex((line, i) => !chrome.dropped.has(i + 1) && line.trim() !== '');
  if (first < 0) return;
  const setext = /^=+\s*$/.test(lines[first + 1] ?? '');
  const atx = /^#\s+\S/.test(lines[first]);
  // A PDF cover prints the publication's title before "文档版本".
  const pdfCover = shape === 'pdf-text' && chrome.meta.version !== undefined;
  if (!setext && !atx && !pdfCover) return;
  const text = bare(lines[first].replace(/^#\s+/, ''));
  if (pdfCover && chrome.meta.title) chrome.meta.publication = text;
  else chrome.meta.title = text;
  const field = pdfCover && chrome.meta.publication ? 'publication' : 'title';
  drop(
    first + 1,
    first + (setext ? 2 : 1),
    'moved',
    `The title "${text}" now lives in the front matter (${field}).`,
  );
}
