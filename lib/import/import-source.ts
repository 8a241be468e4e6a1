import type { Repair } from '../content/front-matter';
import { findChrome } from './chrome';
import { buildStructure, type Structure } from './structure';
import type { ImportOptions, ImportResult, SourceShape } from './types';
import { anchorPattern, joinBrokenParagraphs, readUnits } from './units';
import { replacements, writeBody, writeFrontMatter } from './write-draft';

/**
 * `npm run import`: a captured agreement (web-page text, PDF text, Open Terms Archive Markdown)
 * → a draft content file with every change listed as a repair, so that the fidelity check
 * passes on it, and flags for what a person must decide. The stages, in order:
 *   lines → chrome and front matter found          (chrome.ts: removed / moved repairs)
 *   lines → units, split paragraphs joined          (units.ts: joined repairs)
 *   units → parts, sections, clauses, items          (structure.ts: replaced, split; flags)
 *   structure → front matter and Markdown body       (write-draft.ts)
 */
export function importSource(text: string, options: ImportOptions): ImportResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const shape = options.shape ?? detectShape(text);
  const chrome = findChrome(lines, shape);
  const read = readUnits(lines, chrome.dropped);
  const { units, joins } = joinBrokenParagraphs(read.units);
  const structure = buildStructure(units);
  const refOf = new Map(structure.blocks.flatMap((b) => b.units.map((u) => [u, b.ref] as const)));
  const earlier: Repair[] = [...chrome.repairs];
  if (read.anchors) {
    earlier.push({
      kind: 'removed',
      pattern: `\\s*${anchorPattern}`,
      note: 'Heading anchors of the source page ("{#section_… .section}") are markup, not text, and were removed.',
    });
  }
  const repairs: Repair[] = [...earlier, ...structuralRepairs(structure, shape)];
  if (read.mergedBold) {
    repairs.push({
      kind: 'restructured',
      note: 'Bold runs that touch ("**【审慎阅读】****您在…**") are written as one bold run, which Markdown can close. No text changed.',
    });
  }
  const flags = [...structure.flags];
  if (structure.blocks.length === 0) {
    structure.parts.push({ id: 'main' });
    flags.push({
      line: 1,
      problem: 'no agreement text was found (an empty file, or all of it read as chrome); check the source',
    });
  }
  for (const join of joins) {
    repairs.push({ kind: 'joined', ...clause(refOf.get(join.unit)), note: join.note });
    if (join.guess)
      flags.push({
        line: join.line,
        problem:
          'joined to the clause before it (it ends without punctuation, this line starts upper-case): check that a page break cut it',
      });
  }
  for (const split of structure.splits) {
    repairs.push({
      kind: 'split',
      clause: split.ref,
      note: `In the source, clause ${split.ref} and its ${split.count} sub-clause(s) run together in one paragraph; each sub-clause is set as its own paragraph. No text changed.`,
    });
  }
  const replaced = replacements(text, earlier, structure.blocks, structure.changes);
  repairs.push(...replaced.repairs);
  for (const change of replaced.unplaced) {
    flags.push({
      line: change.unit.line,
      problem: `"${change.from}" was written "${change.to}" but the change could not be listed as a repair; list it by hand or the fidelity check fails`,
    });
  }
  const markdown = `${writeFrontMatter(options, chrome.meta, structure, repairs)}\n${writeBody(structure.blocks)}\n`;
  return {
    markdown,
    shape,
    meta: chrome.meta,
    repairs,
    removed: chrome.removed,
    flags: flags.sort((a, b) => a.line - b.line),
    parts: structure.parts,
  };
}

function clause(ref: string | undefined): { clause?: string } {
  return ref ? { clause: ref } : {};
}

function structuralRepairs(structure: Structure, shape: SourceShape): Repair[] {
  if (!structure.restructured) return [];
  const how = shape === 'pdf-text' ? 'The PDF text' : 'The source';
  return [
    {
      kind: 'restructured',
      note: `${how} sets headings and numbered clauses at levels that do not follow the numbering; parts are # headings, sections ## headings and clauses paragraphs, as the clause numbers say. No words were changed.`,
    },
  ];
}

export function detectShape(text: string): SourceShape {
  if (/^文档版本[：:]/m.test(text) || /^#*\s*法律声明\s*$/m.test(text)) return 'pdf-text';
  if (/^=+\s*$/m.test(text.split('\n').slice(0, 4).join('\n'))) return 'ota-markdown';
  return 'web-page';
}
