import { stringify } from 'yaml';
import type { Repair } from '../content/front-matter';
import { expectedText } from '../content/fidelity';
import { plainText } from '../content/plain-text';
import type { Change, OutBlock, Structure } from './structure';
import type { DraftMeta, ImportOptions } from './types';

/** The draft's body: "# part", "## 3. section", clause paragraphs, "- (a)" items nested. */
export function writeBody(blocks: OutBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'part') return `# ${block.text}`;
      if (block.kind === 'section') return `## ${block.text}`;
      if (block.kind === 'item') {
        const indent = (block.inOrdered ? '   ' : '') + '  '.repeat(block.depth ?? 0);
        return `${indent}- ${block.text}`;
      }
      return block.text;
    })
    .join('\n\n');
}

/**
 * Each change of printed text as a `replaced` repair whose `source` is found first where the
 * change is: the fidelity check replaces the first occurrence, in order, so "1. Confidentiality"
 * is lengthened word by word from the source until no earlier text matches it.
 */
export function replacements(
  seed: string,
  earlier: Repair[],
  changes: Change[],
): { repairs: Repair[]; unplaced: Change[] } {
  const unplaced: Change[] = [];
  let text = expectedText(seed, earlier);
  let cursor = 0;
  const repairs: Repair[] = [];
  for (const change of changes) {
    const unitAt = text.indexOf(plainText(change.unit.plain).slice(0, 24), cursor);
    const from = plainText(change.from);
    const at = text.indexOf(from, Math.max(unitAt, cursor));
    if (at < 0) {
      unplaced.push(change);
      continue;
    }
    const start = change.unit.plain.indexOf(change.from);
    const following = start >= 0 ? change.unit.plain.slice(start + change.from.length) : '';
    // Word by word; Chinese character by character.
    const words =
      following.match(/\s*(?:[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+)/g) ?? [];
    let extra = '';
    while (text.indexOf(plainText(change.from + extra)) !== at && words.length > 0) extra += words.shift();
    const source = `${change.from}${extra}`;
    const content = `${change.to}${extra}`;
    repairs.push({ kind: 'replaced', clause: change.ref, source, content, note: change.note });
    text = text.slice(0, at) + plainText(content) + text.slice(at + plainText(source).length);
    // A later change may rewrite the same words again (1. → 13.1 → 13.4).
    cursor = at;
  }
  return { repairs, unplaced };
}

export function writeFrontMatter(
  options: ImportOptions,
  meta: DraftMeta,
  structure: Structure,
  repairs: Repair[],
): string {
  const dated = meta.version || meta.updated || meta.effective;
  const data = {
    title: meta.title ?? 'TODO: the title as printed',
    ...(meta.publication ? { publication: meta.publication } : {}),
    language: options.language,
    status: 'official',
    prevails: options.language,
    source: options.source,
    ...(meta.version ? { version: meta.version } : {}),
    ...(meta.updated ? { updated: meta.updated } : {}),
    ...(meta.effective ? { effective: meta.effective } : {}),
    ...(dated ? {} : { version: 'TODO: the version or date as printed' }),
    parts: structure.parts,
    ...(repairs.length ? { repairs } : {}),
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}
