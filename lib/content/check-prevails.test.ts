import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFrontMatter } from '../../tests/helpers/front-matter';
import { readAgreement } from '../agreements';
import type { Language } from '../pipeline/types';
import { checkPrevails } from './check-prevails';

function agreementWith(prevails: Language) {
  const root = mkdtempSync(path.join(tmpdir(), 'prevails-'));
  mkdirSync(path.join(root, 'sample'));
  const body = '## 1. Terms\n\n1.1 Text.\n';
  writeFileSync(path.join(root, 'sample', 'en.md'), minimalFrontMatter({ language: 'en', prevails }) + body);
  writeFileSync(
    path.join(root, 'sample', 'zh.md'),
    minimalFrontMatter({ language: 'zh', status: 'reference-translation', prevails }) + '## 1. 条款\n\n1.1 文本。\n',
  );
  return readAgreement('sample', root);
}

describe('checkPrevails', () => {
  it('passes when both files name the official language', () => {
    expect(checkPrevails(agreementWith('en'))).toEqual([]);
  });

  it('reports each file that names the translation, on the line of its prevails key', () => {
    const messages = checkPrevails(agreementWith('zh')).map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/en\.md:5: prevails is zh, but the official text is en \(.*en\.md\)/);
    expect(messages[1]).toMatch(/zh\.md:5: prevails is zh, but the official text is en/);
  });
});
