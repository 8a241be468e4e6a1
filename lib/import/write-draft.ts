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
  blocks: OutBlock[],
  changes: Change[],
): { repairs: Repair[]; unplaced: Change[] } {
  const unplaced: Change[] = [];
  let text = expectedText(seed, earlier);
  let cursor = 0;
  const repairs: Repair[] = [];
  // Walk every unit in order, so a change is looked for where its unit is ("Services" the
  // heading, not "Services" in the preamble above it).
  const byLine = new Map<number, Change[]>();
  for (const change of changes)
    byLine.set(change.unit.line, [...(byLine.get(change.unit.line) ?? []), change]);
  const lines = [...new Set(blocks.flatMap((block) => block.units.map((unit) => unit.line)))];
  const unitOf = new Map(blocks.flatMap((block) => block.units.map((unit) => [unit.line, unit] as const)));
  for (const [index, line] of lines.entries()) {
    const unit = unitOf.get(line)!;
    const next = unitOf.get(lines[index + 1])?.plain ?? '';
    const pending = byLine.get(line) ?? [];
    const plain = plainText(pending[0]?.unit.plain ?? unit.plain);
    const unitAt = plain ? text.indexOf(plain.slice(0, 24), cursor) : -1;
    if (unitAt >= 0) cursor = unitAt;
    let delta = 0;
    for (const change of pending) {
      const from = plainText(change.from);
      const at = text.indexOf(from, cursor);
      if (at < 0) {
        unplaced.push(change);
        continue;
      }
      const start = change.unit.plain.indexOf(change.from);
      // A heading alone ("Services") is told apart by the words after it, in the next paragraph.
      const following = `${start >= 0 ? change.unit.plain.slice(start + change.from.length) : ''}\n${next}`;
      // Word by word; Chinese character by character.
      const words =
        following.match(/\s*(?:[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+)/g) ?? [];
      let extra = '';
      while (text.indexOf(plainText(change.from + extra)) !== at && words.length > 0) extra += words.shift();
      const source = `${change.from}${extra}`;
      const content = `${change.to}${extra}`;
      repairs.push({ kind: 'replaced', clause: change.ref, source, content, note: change.note });
      text = text.slice(0, at) + plainText(content) + text.slice(at + plainText(source).length);
      delta += plainText(content).length - plainText(source).length;
      // A later change may rewrite the same words again (1. → 13.1 → 13.4).
      cursor = at;
    }
    // The next unit is looked for after this one.
    if (unitAt >= 0) cursor = unitAt + plain.length + delta;
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
