import { afterAll, describe, expect, it } from 'vitest';
import { agreementSlugs, readAgreement } from '../agreements';
import { classifyAgreement, tagCounts } from './classify-agreement';
import { productTimelines, type TimelineStep } from './timeline';

// The highlight stage on the real content: the numbers it prints with REPORT=1 are the ones to
// report, and the checks are those the content must keep meeting (the two languages give the same
// timelines).
const all = agreementSlugs().map((slug) => {
  const agreement = readAgreement(slug);
  return { slug, agreement, highlights: classifyAgreement(agreement) };
});

// Steps without their quote: what must be the same in both languages.
const neutral = (steps: TimelineStep[]) =>
  steps.map((step) => {
    const copy: Partial<TimelineStep> = { ...step };
    delete copy.quote;
    return copy;
  });

describe('highlights of the real agreements', () => {
  // A report, not a check: tag counts, disagreements and the bold signal per agreement, and the
  // timelines, printed with REPORT=1.
  afterAll(() => {
    if (process.env.REPORT !== '1') return;
    const lines = all.map(({ slug, agreement, highlights }) => {
      const counts = tagCounts(highlights);
      const disagreements = highlights.clauses.filter((c) => c.disagreement.length > 0).map((c) => c.ref);
      const official = agreement.official.language;
      const clauses = highlights.clauses.filter((c) => c.bold[official] !== undefined);
      const bold = clauses.filter((c) => c.bold[official]);
      const boldTagged = bold.filter((c) => c.tags.includes('liability')).length;
      const taggedPlain = clauses.filter((c) => !c.bold[official] && c.tags.includes('liability')).length;
      return (
        `${slug}: liability ${counts.liability}, deletion ${counts.deletion} of ${highlights.clauses.length} rows; ` +
        `disagreements ${disagreements.length ? disagreements.join(' ') : 'none'}; ` +
        `bold in the official (${official}) text: ${bold.length} (${boldTagged} tagged liability), ` +
        `liability not in bold: ${taggedPlain}`
      );
    });
    const timelines = all.map(({ slug, agreement, highlights }) => {
      const zh = productTimelines(agreement, highlights, 'zh');
      const withSteps = zh.filter((p) => p.steps.length > 0);
      return `${slug}: ${withSteps.length} of ${zh.length} timelines have steps (${withSteps.reduce((n, p) => n + p.steps.length, 0)} steps)`;
    });
    console.log([...lines, ...timelines].join('\n'));
  });

  it('tags liability clauses in every agreement', () => {
    for (const { slug, highlights } of all) expect(tagCounts(highlights).liability, slug).toBeGreaterThan(0);
  });

  it('tags deletion clauses in every agreement that deletes data', () => {
    const deletion = Object.fromEntries(
      all.map(({ slug, highlights }) => [slug, tagCounts(highlights).deletion]),
    );
    for (const slug of Object.keys(deletion)) expect(deletion[slug], slug).toBeGreaterThan(0);
  });

  it('gives MaxCompute specific.1 (专用服务条款): 24 hours → compute and download suspended; 15 days → terminated (not also "stopped"), data deleted', () => {
    const { agreement, highlights } = all.find((a) => a.slug === 'maxcompute-terms')!;
    for (const language of ['zh', 'en'] as const) {
      const [product] = productTimelines(agreement, highlights, language);
      expect(product.section).toBe('clause-specific.1');
      expect(neutral(product.steps)).toEqual([
        {
          after: { value: 24, unit: 'hour' },
          from: 'arrears',
          event: 'suspend',
          object: 'functions',
          clause: 'specific.1.1.2',
        },
        {
          after: { value: 15, unit: 'day' },
          from: 'arrears',
          event: 'terminate',
          object: 'service',
          clause: 'specific.1.1.3',
        },
        {
          after: { value: 15, unit: 'day' },
          from: 'arrears',
          event: 'delete',
          object: 'data',
          unrecoverable: true,
          clause: 'specific.1.1.3',
        },
      ]);
    }
  });

  it('gives the same timelines in both languages for every product and for MNS', () => {
    for (const { slug, agreement, highlights } of all) {
      const zh = productTimelines(agreement, highlights, 'zh');
      const en = productTimelines(agreement, highlights, 'en');
      // Same sections in the same order, then the same steps in each: neither side may have more.
      expect(
        en.map((p) => p.section),
        slug,
      ).toEqual(zh.map((p) => p.section));
      zh.forEach((product, i) =>
        expect(neutral(en[i].steps), `${slug} ${product.title}`).toEqual(neutral(product.steps)),
      );
    }
  });

  // 4.3 deletes messages at the end of their storage period and 7.2.3 "releases" them then: one step.
  it('gives the MNS timeline: 24 hours → suspended; messages deleted after their storage period; 15 days after suspension → all data deleted', () => {
    const { agreement, highlights } = all.find((a) => a.slug === 'mns-terms')!;
    const [timeline] = productTimelines(agreement, highlights, 'en');
    expect(timeline.section).toBeNull();
    const summary = timeline.steps.map(
      (s) => `${s.after.value} ${s.after.unit} ${s.from}: ${s.event} ${s.object}`,
    );
    expect(summary).toContain('24 hour arrears: suspend service');
    expect(summary).toEqual([
      '0 hour consumption: delete messages',
      '0 hour storage-period: delete messages',
      '24 hour arrears: suspend service',
      '15 day suspension: terminate agreement',
      '15 day suspension: delete data',
    ]);
  });
});
