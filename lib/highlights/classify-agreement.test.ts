import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import { ContentError } from '../content/content-error';
import { classifyAgreement, clausesTagged, tagCounts } from './classify-agreement';

// A small bilingual agreement made for these tests (tests/fixtures/highlights/agreements/sample):
// Chinese official with bold, English translation; lead-ins, a disagreement, an override in each file.
const root = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'highlights', 'agreements');
const highlights = classifyAgreement(readAgreement('sample', root));
const clause = (ref: string) => highlights.clauses.find((c) => c.ref === ref)!;

describe('classifyAgreement', () => {
  it('gives one entry per row, sections untagged', () => {
    expect(highlights.clauses.map((c) => c.ref).slice(0, 5)).toEqual(['1', '1.1', '1.2', '1.2.a', '1.2.b']);
    expect(clause('1').tags).toEqual([]);
  });

  it('judges an item with its lead-in, in both languages, and says where the phrase is', () => {
    // 1.2 "… do not constitute a breach by Alibaba Cloud:" / "下述情况不属于阿里云违约："
    expect(clause('1.2.a').tags).toEqual(['liability']);
    expect(clause('1.2.a').languages.en!.why.liability).toEqual([
      { rule: 'not-a-breach', phrase: 'not constitute a breach', leadIn: '1.2' },
    ]);
    expect(clause('1.2.b').languages.zh!.why.liability).toEqual([
      { rule: 'not-a-breach', phrase: '不属于阿里云违约', leadIn: '1.2' },
    ]);
  });

  it('reads items under a section with the paragraph that opens the list', () => {
    // "You will hold harmless Alibaba Cloud against claims concerning your:" then (a), (b)
    expect(clause('4.a').tags).toEqual(['liability']);
    expect(clause('4.b').languages.zh!.why.liability![0].leadIn).toBe('4.p1');
  });

  it('does not pass a lead-in down when the parent is no lead-in', () => {
    expect(clause('specific.1.1').tags).toEqual([]);
    expect(clause('2.2').tags).toEqual([]);
  });

  it('tags a pair when either side is tagged, and shows the disagreement', () => {
    // English 1.3 excludes liability; the Chinese 1.3 says Alibaba Cloud will help.
    expect(clause('1.3').languages.en!.tags).toEqual(['liability']);
    expect(clause('1.3').languages.zh!.tags).toEqual([]);
    expect(clause('1.3').tags).toEqual(['liability']);
    expect(clause('1.3').disagreement).toEqual(['liability']);
    expect(clause('1.1').disagreement).toEqual([]);
  });

  it('applies overrides from either file last, keeping the reason and the file', () => {
    expect(clause('3.1').tags).toEqual(['liability']);
    expect(clause('3.1').overrides).toEqual([
      {
        tag: 'liability',
        action: 'add',
        reason: 'A sole remedy limits what the customer can claim, though no rule phrase says so.',
        file: path.join('tests', 'fixtures', 'highlights', 'agreements', 'sample', 'en.md'),
        effective: true,
      },
    ]);
    // 3.2 "Please keep your own backups." / "请您自行备份。": both sides' rules say deletion; zh.md removes it.
    expect(clause('3.2').languages.en!.tags).toEqual(['deletion']);
    expect(clause('3.2').tags).toEqual([]);
    expect(clause('3.2').overrides[0]).toMatchObject({ action: 'remove', effective: true });
  });

  it('records bold per language without letting it decide a tag', () => {
    expect(clause('1.1').bold).toEqual({ en: false, zh: true });
    expect(clause('2.1').bold.zh).toBe(true);
    expect(clause('1.2').bold.zh).toBe(false);
    expect(clause('1.2').tags).toEqual(['liability']);
  });

  it('lists and counts the clauses each tag marks', () => {
    expect(clausesTagged(highlights, 'deletion').map((c) => c.ref)).toEqual(['2.1', 'specific.1.2']);
    expect(tagCounts(highlights)).toEqual({ liability: 9, deletion: 2 });
  });
});

describe('override errors name file and line', () => {
  const failure = (slug: string) => {
    try {
      classifyAgreement(readAgreement(slug, root));
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('an override naming no clause', () => {
    const error = failure('unknown-clause');
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(
      /unknown-clause[/\\]zh\.md:17: highlights: no clause 9\.9$/,
    );
  });

  it('the two files contradicting each other', () => {
    const error = failure('conflict');
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(
      /conflict[/\\]zh\.md:13: .*3\.2 deletion is both added .* and removed/,
    );
  });

  it('an override the rules already agree with is kept, marked as not effective', () => {
    const agreement = readAgreement('sample', root);
    const zh = agreement.texts.zh!;
    const stale = {
      clause: '1.1',
      tag: 'liability' as const,
      action: 'add' as const,
      reason: 'Already tagged.',
    };
    const edited = {
      ...agreement,
      texts: { ...agreement.texts, zh: { ...zh, meta: { ...zh.meta, highlights: [stale] } } },
    };
    const result = classifyAgreement(edited).clauses.find((c) => c.ref === '1.1')!;
    expect(result.tags).toEqual(['liability']);
    expect(result.overrides).toEqual([
      { tag: 'liability', action: 'add', reason: 'Already tagged.', file: zh.file, effective: false },
    ]);
  });
});
