import type { ImportResult } from './types';

/** What `npm run import` prints: what went, what was repaired, what a person must decide. */
export function formatReport(file: string, result: ImportResult): string {
  const count = (kind: string) => result.repairs.filter((r) => r.kind === kind).length;
  const lines = [
    `wrote ${file} (${result.shape}; parts: ${result.parts.map((p) => p.id).join(', ')})`,
    ...(result.removed.length
      ? ['removed or moved to the front matter:', ...result.removed.map((r) => `  lines ${r}`)]
      : []),
    `repairs listed: ${result.repairs.length} (replaced ${count('replaced')}, joined ${count('joined')}, split ${count('split')}, restructured ${count('restructured')})`,
  ];
  const todo = [
    ...(result.meta.title ? [] : ['title: not found in the source; write it as printed']),
    ...(result.meta.version || result.meta.updated || result.meta.effective
      ? []
      : ['version/updated/effective: not found; write the one the source prints']),
  ];
  if (result.flags.length || todo.length) {
    lines.push(`to decide (${result.flags.length + todo.length}):`);
    lines.push(...todo.map((t) => `  front matter: ${t}`));
    lines.push(...result.flags.map((f) => `  source line ${f.line}: ${f.problem}`));
  } else lines.push('nothing flagged');
  return lines.join('\n');
}
