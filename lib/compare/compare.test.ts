import { describe, expect, it } from 'vitest';
import type { AgreementPage, PageRow } from '../page/types';
import type { BlockKind } from '../pipeline/types';
import { compareTexts } from './compare';
import { swapSides } from './comparisons';
import type { ComparedClause, Comparison } from './types';

// Two small invented publications of the same terms, as page models (only what the comparison
// reads). Expectations are written by hand from the texts below.
const row = (ref: string, kind: BlockKind, zh: string, en: string): PageRow => ({
  id: `clause-${ref}`,
  ref,
  part: 'main',
  kind,
  depth: 1,
  cells: { zh, en },
  region: { status: 'original', marks: [] },
  tags: [],
  marks: [],
  notes: [],
  findings: [],
  corrections: [],
  citing: [],
  lines: { narrow: 1, wide: 1, desk: 1 },
});

const page = (slug: string, rows: PageRow[]): AgreementPage => ({
  slug,
  kind: null,
  official: 'zh',
  languages: ['zh', 'en'],
  texts: {
    zh: { language: 'zh', status: 'official', title: slug, meta: {}, dates: [], contents: [] },
    en: { language: 'en', status: 'reference-translation', title: slug, meta: {}, dates: [], contents: [] },
  },
  scope: 'regions',
  region: null,
  party: null,
  parts: [{ id: 'main', titles: {}, rows }],
  review: {
    pairs: 0,
    findings: 0,
    acknowledged: 0,
    compared: { pairs: 0, sentences: 0, figures: 0, references: 0, termUses: 0, definedTerms: 0 },
    checks: [],
    acknowledgedFindings: [],
    corrections: [],
  },
  repairs: [],
  highlights: { counts: { liability: 0, deletion: 0 }, clauses: [] },
  timelines: {},
  glossary: { en: [], zh: [] },
});

const services = row('1', 'section', '1. 服务', '1. Services');
const provides = row(
  '1.1',
  'clause',
  '1.1. 阿里云向您提供服务。',
  '1.1. Alibaba Cloud provides the services to you.',
);
const pay = (ref: string) =>
  row(
    ref,
    'clause',
    `${ref}. 您应在到期前按时足额支付服务费用。`,
    `${ref}. You shall pay the service fees in full before they fall due.`,
  );
const backup = (ref: string) =>
  row(
    ref,
    'clause',
    `${ref}. 您应负责备份自己的数据，阿里云不提供副本。`,
    `${ref}. You are responsible for backing up your own data; Alibaba Cloud keeps no copy.`,
  );
const notices = row('2', 'section', '2. 终止', '2. Termination');

const first = page('first', [
  services,
  provides,
  pay('1.2'),
  backup('1.3'),
  notices,
  row(
    '2.1',
    'clause',
    '2.1. 阿里云可以终止本服务服务协议。',
    '2.1. Alibaba Cloud may terminate the service agreement for this Service.',
  ),
  row('3.3', 'clause', '<strong>3.3. 后付费</strong>', '<strong>3.3. Postpaid</strong>'),
  row('3.3.p2', 'paragraph', '您可先使用后付费。', 'You may use first and pay afterwards.'),
]);
// The second publication inserts a clause 1.2 (so 1.2 and 1.3 become 1.3 and 1.4), words 2.1
// differently in both languages, and prints 3.3 as one paragraph with a colon.
const second = page('second', [
  services,
  provides,
  row(
    '1.2',
    'clause',
    '1.2. 阿里云保留暂停服务的权利。',
    '1.2. Alibaba Cloud reserves the right to suspend the services.',
  ),
  pay('1.3'),
  backup('1.4'),
  notices,
  row(
    '2.1',
    'clause',
    '2.1. 阿里云可以终止本服务协议。',
    '2.1. Alibaba Cloud may terminate this Service Agreement.',
  ),
  row(
    '3.3',
    'clause',
    '3.3. 后付费：您可先使用后付费。',
    '3.3. Postpaid: You may use first and pay afterwards.',
  ),
]);

const options = { sameRef: 0.5, similar: 0.6 };
const clausesOf = (comparison: Comparison) => comparison.runs.flatMap((run) => run.clauses);
const pairs = (comparison: Comparison) =>
  clausesOf(comparison).map((c: ComparedClause) => [c.a?.ref ?? null, c.b?.ref ?? null, c.status]);

describe('compareTexts: two publications', () => {
  const comparison = compareTexts(first, second, options);

  it('pairs clauses by number, and by their words where an inserted clause renumbers the rest', () => {
    expect(pairs(comparison)).toEqual([
      ['1', '1', 'same'],
      ['1.1', '1.1', 'same'],
      [null, '1.2', 'only-b'],
      ['1.2', '1.3', 'same'],
      ['1.3', '1.4', 'same'],
      ['2', '2', 'same'],
      ['2.1', '2.1', 'changed'],
      ['3.3', '3.3', 'changed'],
    ]);
    expect(comparison.counts).toEqual({ same: 5, changed: 2, qualified: 0, 'only-a': 0, 'only-b': 1 });
  });

  it('compares the words without the printed number, in each language', () => {
    const clause = clausesOf(comparison).find((c) => c.a?.ref === '2.1')!;
    expect(clause.differsIn).toEqual(['zh', 'en']);
    expect(clause.texts.zh).toEqual({
      a: [
        [
          { kind: 'same', text: '阿里云可以终止本服务' },
          { kind: 'removed', text: '服务' },
          { kind: 'same', text: '协议。' },
        ],
      ],
      b: [[{ kind: 'same', text: '阿里云可以终止本服务协议。' }]],
      differs: true,
    });
    expect(clause.texts.en!.a.flat().filter((part) => part.kind === 'removed')).toEqual([
      { kind: 'removed', text: 'the service agreement for' },
    ]);
    expect(clause.texts.en!.b.flat().filter((part) => part.kind === 'added')).toEqual([
      { kind: 'added', text: 'Agreement' },
    ]);
  });

  it('takes a clause with its unnumbered paragraphs (3.3 and 3.3.p2) as one', () => {
    const clause = clausesOf(comparison).find((c) => c.a?.ref === '3.3')!;
    expect(clause.a!.ids).toEqual(['clause-3.3', 'clause-3.3.p2']);
    expect(clause.b!.ids).toEqual(['clause-3.3']);
    expect(clause.texts.zh!.b).toEqual([
      [
        { kind: 'same', text: '后付费' },
        { kind: 'added', text: '：' },
        { kind: 'same', text: '您可先使用后付费。' },
      ],
    ]);
    expect(clause.texts.zh!.a).toEqual([
      [{ kind: 'same', text: '后付费' }],
      [{ kind: 'same', text: '您可先使用后付费。' }],
    ]);
  });

  it('folds each run of identical clauses; a short one-sided clause stays open', () => {
    expect(comparison.runs.map((run) => [run.key, run.fold, run.clauses.map((c) => c.key)])).toEqual([
      ['run-clause-1', 'same', ['clause-1', 'clause-1.1']],
      ['run-only-b-1.2', null, ['only-b-1.2']],
      ['run-clause-1.2', 'same', ['clause-1.2', 'clause-1.3', 'clause-2']],
      ['run-clause-2.1', null, ['clause-2.1']],
      ['run-clause-3.3', null, ['clause-3.3']],
    ]);
  });

  it('an inserted clause is marked added whole, in both languages', () => {
    const clause = clausesOf(comparison).find((c) => c.b?.ref === '1.2' && !c.a)!;
    expect(clause.texts.zh).toEqual({
      a: [],
      b: [[{ kind: 'added', text: '阿里云保留暂停服务的权利。' }]],
      differs: true,
    });
    expect(clause.texts.en!.b).toEqual([
      [{ kind: 'added', text: 'Alibaba Cloud reserves the right to suspend the services.' }],
    ]);
  });

  it('read from the other side, the same comparison with its sides and marks swapped', () => {
    const swapped = swapSides(comparison);
    expect(pairs(swapped)[2]).toEqual(['1.2', null, 'only-a']);
    expect(swapped.counts).toEqual({ same: 5, changed: 2, qualified: 0, 'only-a': 1, 'only-b': 0 });
    expect(clausesOf(swapped).find((c) => c.a?.ref === '2.1')!.texts.zh!.b[0][1]).toEqual({
      kind: 'added',
      text: '服务',
    });
    expect(swapSides(swapped)).toEqual(comparison);
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });

  it('identical texts: every clause the same, one folded run', () => {
    const same = compareTexts(first, first, options);
    expect(same.counts).toEqual({ same: 7, changed: 0, qualified: 0, 'only-a': 0, 'only-b': 0 });
    expect(same.runs.map((run) => [run.fold, run.clauses.length])).toEqual([['same', 7]]);
  });
});
