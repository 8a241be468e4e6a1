import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { plainOf } from './addendum-text';
import { consolidate } from './consolidate';
import { readRegions } from './load-regions';
import { resolveEffects } from './resolve-effects';

// Effects apply in the order regions.yaml lists them: a reference change listed after a
// replacement changes the replacing words (the printed ones are gone), and one aimed inside a
// replaced clause is an error that says what to target. The fixture membership agreement, copied
// with a seventh Europe Addendum item that changes a reference in Clause 5.3, which item 6
// replaces.
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'regions');
const scratch = mkdtempSync(path.join(tmpdir(), 'effect-order-'));
const root = path.join(scratch, 'agreements');
cpSync(path.join(fixtures, 'agreements'), root, { recursive: true });
const item7 = {
  en: '7. The reference in Clause 5.3 to the law of England and Wales shall be replaced by the law of Scotland.',
  zh: '7. 第5.3条中对英格兰和威尔士法律的提及应替换为苏格兰法律。',
};
for (const language of ['en', 'zh'] as const) {
  const file = path.join(root, 'sample-membership', `${language}.md`);
  const text = readFileSync(file, 'utf8');
  const item6 = language === 'en' ? 'exclusive jurisdiction.\n' : '拥有专属管辖权。\n';
  expect(text).toContain(item6);
  writeFileSync(file, text.replace(item6, `${item6}${item7[language]}\n`));
}
const agreement = readAgreement('sample-membership', root);
const regionsWith = (targets: string, reference = 'the law of England and Wales', region = 'eu') => {
  const file = path.join(scratch, 'regions.yaml');
  const yaml = readFileSync(path.join(fixtures, 'regions.yaml'), 'utf8');
  // After the replacement of 5.3 (eu) or of 4.1 (au).
  const after =
    region === 'eu'
      ? '      - { region: eu, item: eu-addendum.6, kind: replace, targets: [5.3] }\n'
      : '      - { region: au, item: au-addendum.2, kind: replace, targets: [4.1] }\n';
  expect(yaml).toContain(after);
  const effect = `      - region: ${region}\n        item: eu-addendum.7\n        kind: modify-reference\n        targets: [${targets}]\n        reference: { en: ${reference}, zh: 英格兰和威尔士法律 }\n`;
  writeFileSync(file, yaml.replace(after, after + effect));
  return readRegions(file);
};

describe('effects in the order listed', () => {
  it('a reference change after a replacement changes the replacing words; the original is as printed', () => {
    const loaded = regionsWith('5.3');
    expect(resolveEffects(agreement, loaded).problems).toEqual([]);
    const clause = consolidate(agreement, 'eu', loaded)!.rows.find((row) => row.ref === '5.3')!;
    expect(clause.status).toBe('replaced');
    expect(clause.marks.map((mark) => mark.item)).toEqual(['eu-addendum.6', 'eu-addendum.7']);
    expect(plainOf(clause.blocks.en!)).toBe(
      '5.3 This Agreement is governed by the law of Scotland. The courts of England and Wales have exclusive jurisdiction.',
    );
    expect(plainOf(clause.blocks.zh!)).toBe('5.3 本协议受苏格兰法律管辖。英格兰和威尔士法院拥有专属管辖权。');
    expect(clause.original!.map((row) => plainOf(row.blocks.en!))).toEqual([
      '5.3 This Agreement is governed by the laws of Singapore. The parties submit to the exclusive jurisdiction of the courts of Singapore.',
    ]);
  });

  it('a reference change the replacing words lack names the item that replaced them', () => {
    const problems = resolveEffects(agreement, regionsWith('5.3', 'the laws of Singapore')).problems;
    expect(problems.map((p) => p.problem)).toEqual([
      'eu-addendum.7 (modify-reference): clause 5.3 does not contain "the laws of Singapore" (en), as eu-addendum.6 replaces it',
    ]);
  });

  it('a reference change aimed inside a replaced clause says to target the clause', () => {
    // Australia Addendum item 2 replaces Clause 4.1 with its item (a).
    const problems = resolveEffects(agreement, regionsWith('4.1.a', 'indirect', 'au')).problems;
    expect(problems.map((p) => p.problem)).toEqual([
      'eu-addendum.7 (modify-reference): clause 4.1.a is inside clause 4.1, which au-addendum.2 replaces earlier in the list: target 4.1, whose text the change then applies to',
    ]);
  });
});
