import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstForm, loadTermbase, termbaseFile } from './termbase';

function termbaseOf(yaml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'termbase-')), 'termbase.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('loadTermbase', () => {
  it('reads the real termbase', () => {
    const termbase = loadTermbase(termbaseFile);
    expect(termbase.terms.find((t) => t.id === 'indemnify')?.zh).toEqual(['赔偿']);
  });

  it('rejects a forbidden rendering without a reason', () => {
    const file = termbaseOf(
      'terms:\n  - id: x\n    en: [a]\n    zh: [b]\n    forbidden:\n      zh: [{ text: c }]\ndefined: {}\n',
    );
    expect(() => loadTermbase(file)).toThrow(/terms\.0\.forbidden\.zh\.0\.reason/);
  });

  it('rejects an unknown key', () => {
    const file = termbaseOf('terms: []\ndefined: {}\nextra: 1\n');
    expect(() => loadTermbase(file)).toThrow(/termbase\.yaml/);
  });
});

describe('firstForm', () => {
  it('matches English forms at a word start, Chinese forms anywhere', () => {
    expect(firstForm('You shall indemnify us', ['indemnif'], 'en')).toBe('indemnif');
    expect(firstForm('the unindemnified party', ['indemnif'], 'en')).toBeNull();
    expect(firstForm('您应作出赔偿', ['赔偿'], 'zh')).toBe('赔偿');
  });

  it('removes the except words first', () => {
    expect(
      firstForm('the non-exclusive jurisdiction of', ['exclusive jurisdiction'], 'en', [
        'non-exclusive jurisdiction',
      ]),
    ).toBeNull();
  });
});
