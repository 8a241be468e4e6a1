import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalFrontMatter } from '../../tests/helpers/front-matter';
import { readAgreement } from '../agreements';
import type { Language } from '../pipeline/types';
import { checkKind, checkPrevails } from './check-prevails';

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

describe('checkKind', () => {
  function withKinds(en: string | null, zh: string | null) {
    const root = mkdtempSync(path.join(tmpdir(), 'kind-'));
    mkdirSync(path.join(root, 'sample'));
    const kind = (value: string | null) => (value ? `kind: ${value}\n` : '');
    const fm = (language: Language, status?: 'reference-translation') =>
      minimalFrontMatter({ language, status, prevails: 'en' }).replace('parts:', `${kind(language === 'en' ? en : zh)}parts:`);
    writeFileSync(path.join(root, 'sample', 'en.md'), fm('en') + '## 1. Terms\n\n1.1 Text.\n');
    writeFileSync(path.join(root, 'sample', 'zh.md'), fm('zh', 'reference-translation') + '## 1. 条款\n\n1.1 文本。\n');
    return readAgreement('sample', root);
  }

  it('passes when the translation gives the official kind, or none', () => {
    expect(checkKind(withKinds('product-terms', 'product-terms'))).toEqual([]);
    expect(checkKind(withKinds('product-terms', null))).toEqual([]);
  });

  it('reports a translation that gives another kind, on the line of its kind key', () => {
    const messages = checkKind(withKinds('product-terms', 'support-plan')).map((e) => e.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /zh\.md:8: kind is support-plan, but the official text \(.*en\.md\) says product-terms; give the same kind in both files/,
    );
  });
});
