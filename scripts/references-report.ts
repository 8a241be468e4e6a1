// npx tsx scripts/references-report.ts [--list] — what the cross-reference stage finds in the
// real content: references per agreement and language, the targets that do not exist (as the
// content check reports them), and the defined terms. --list prints every reference.
import { loadLibrary } from '../lib/agreements';
import { checkReferences } from '../lib/references/check-references';
import { collectReferences } from '../lib/references/collect-references';
import { glossary } from '../lib/references/defined-terms';

const list = process.argv.includes('--list');
let unresolved = 0;
for (const agreement of loadLibrary()) {
  const collected = collectReferences(agreement);
  for (const language of ['en', 'zh'] as const) {
    const mine = collected.filter((c) => c.language === language);
    const count = (kind: string) =>
      mine.reduce((n, c) => n + c.references.filter((r) => r.kind === kind).length, 0);
    const terms = glossary(agreement)[language] ?? [];
    console.log(
      `${agreement.slug} ${language}: ${count('clause')} clause references, ${count('document')} document references, ${terms.length} defined terms`,
    );
    if (!list) continue;
    for (const { block, references } of mine) {
      for (const r of references) {
        const to = r.kind === 'clause' ? r.targets.join(', ') : `${r.document.slug ?? 'external'}`;
        console.log(
          `  ${block.ref}: "${r.text}" → ${to}${r.kind === 'clause' && r.declaresNew ? ' (new)' : ''}`,
        );
      }
    }
    console.log(`  terms: ${terms.map((t) => `${t.term} (${t.refs.join(', ')})`).join('; ')}`);
  }
  const errors = checkReferences(agreement);
  unresolved += errors.length;
  for (const error of errors) console.log(`  ${error.message}`);
}
console.log(`unresolved targets: ${unresolved}`);
