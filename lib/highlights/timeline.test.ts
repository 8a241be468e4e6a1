import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreements';
import type { Language } from '../pipeline/types';
import { classifyAgreement } from './classify-agreement';
import { deletionTimelines, productTimelines } from './timeline';
import { extractSteps } from './timeline-extract';

// tests/fixtures/highlights/timelines.json: clauses copied from the agreements, each with the steps
// it must give (without the quote). UPDATE=1 rewrites the expectations; review the diff.
const fixtures = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'highlights');
const file = path.join(fixtures, 'timelines.json');

interface Case {
  from: string;
  language: Language;
  text: string;
  steps: unknown[];
}

// Steps without their quote: what is language-neutral.
function neutral<T extends { quote: string }>(step: T): Omit<T, 'quote'> {
  const copy: Partial<T> = { ...step };
  delete copy.quote;
  return copy as Omit<T, 'quote'>;
}

const strip = (text: string, language: Language) => extractSteps(text, language).map(neutral);

describe('extractSteps on clauses of the agreements', () => {
  const cases: Case[] = JSON.parse(readFileSync(file, 'utf8'));
  if (process.env.UPDATE) {
    for (const c of cases) c.steps = strip(c.text, c.language);
    writeFileSync(file, JSON.stringify(cases, null, 2) + '\n');
  }
  for (const c of cases) {
    it(`${c.from} (${c.language})`, () => expect(strip(c.text, c.language)).toEqual(c.steps));
  }

  it('gives the same steps for the two language versions of every clause', () => {
    for (const [zh, en] of pairs(cases)) expect(en.steps, en.from).toEqual(zh.steps);
  });

  it('reads MaxCompute 1.1.2–1.1.3: 24 hours → compute and download suspended; 15 days → terminated, all data deleted', () => {
    const steps = cases.filter(
      (c) => /maxcompute-terms specific\.1\.1\.[23]/.test(c.from) && c.language === 'zh',
    );
    expect(steps.flatMap((c) => c.steps)).toEqual([
      { after: { value: 24, unit: 'hour' }, from: 'arrears', event: 'suspend', object: 'functions' },
      { after: { value: 15, unit: 'day' }, from: 'arrears', event: 'terminate', object: 'service' },
      { after: { value: 15, unit: 'day' }, from: 'arrears', event: 'stop', object: 'service' },
      {
        after: { value: 15, unit: 'day' },
        from: 'arrears',
        event: 'delete',
        object: 'data',
        unrecoverable: true,
      },
    ]);
  });
});

describe('extractSteps, case by case', () => {
  it('quotes the part of the clause a step was read from, without parentheticals', () => {
    const [step] = extractSteps('1.1. 欠费超过24小时（自欠费时起算）的，阿里云将暂停服务。', 'zh');
    expect(step.quote).toBe('欠费超过24小时的，阿里云将暂停服务。');
  });

  it('leaves out what is negated, what the customer does, and verbs used as adjectives', () => {
    expect(
      strip('Within 24 hours of the arrears, tasks already being executed will not be stopped.', 'en'),
    ).toEqual([]);
    expect(
      strip('If your arrears continue for more than 24 hours, you may view and delete applications.', 'en'),
    ).toEqual([]);
    expect(strip('您在欠费之日15日内充值补足欠费后，被暂停的媒体处理服务将恢复。', 'zh')).toEqual([]);
  });

  it('carries a time to the next part of the sentence, never back across a colon', () => {
    const steps = strip(
      '阿里云将按照以下约定暂停服务：欠费满7日的，阿里云将暂停服务；同时，数据将被删除。',
      'zh',
    );
    expect(steps.map((s) => `${s.after.value}${s.after.unit}:${s.event}`)).toEqual([
      '7day:suspend',
      '7day:delete',
    ]);
  });

  it('takes a trigger from the words next to the period, or the trigger noun before it', () => {
    expect(
      strip(
        'If you have not paid within 7 days from the time Alibaba Cloud suspends the service, Alibaba Cloud will delete your data.',
        'en',
      )[0],
    ).toMatchObject({ after: { value: 7, unit: 'day' }, from: 'suspension' });
    expect(strip('如果您的欠费状态超过72小时的，阿里云将释放您的实例。', 'zh')[0]).toMatchObject({
      after: { value: 72, unit: 'hour' },
      from: 'arrears',
      object: 'instance',
    });
  });

  it('finds nothing in a clause without a period or trigger', () => {
    expect(strip('Alibaba Cloud shall not be liable for any indirect damages.', 'en')).toEqual([]);
  });
});

describe('timelines of an agreement', () => {
  const root = path.join(fixtures, 'agreements');
  const agreement = readAgreement('sample', root);
  const highlights = classifyAgreement(agreement);

  it('gives one timeline per product of the product-specific terms, in the language asked for', () => {
    const [en] = productTimelines(agreement, highlights, 'en');
    const [zh] = productTimelines(agreement, highlights, 'zh');
    expect(en.title).toBe('[Sample Storage]');
    expect(zh.title).toBe('【示例存储】');
    expect(zh.steps.map(neutral)).toEqual([
      {
        after: { value: 24, unit: 'hour' },
        from: 'arrears',
        event: 'suspend',
        object: 'service',
        clause: 'specific.1.1',
      },
      {
        after: { value: 7, unit: 'day' },
        from: 'suspension',
        event: 'delete',
        object: 'data',
        unrecoverable: true,
        clause: 'specific.1.2',
      },
    ]);
    expect(en.steps.map(neutral)).toEqual(zh.steps.map(neutral));
    expect(en.steps[1].quote).toMatch(/^If you have still not paid/);
  });

  it('gives the steps of each deletion clause that states a period or trigger', () => {
    const timelines = deletionTimelines(agreement, highlights, 'en');
    expect(Object.keys(timelines)).toEqual(['clause-2.1', 'clause-specific.1.2']);
    expect(timelines['clause-2.1']).toMatchObject([
      { after: { value: 0 }, from: 'buffer-period', event: 'delete', object: 'data' },
    ]);
  });
});

function pairs(cases: Case[]): [Case, Case][] {
  const out: [Case, Case][] = [];
  for (const zh of cases.filter((c) => c.language === 'zh')) {
    const en = cases.find((c) => c.from === zh.from && c.language === 'en');
    if (en) out.push([zh, en]);
  }
  return out;
}
