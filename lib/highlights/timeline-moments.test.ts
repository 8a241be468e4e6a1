import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../pipeline/types';
import { extractSteps, type ExtractedStep } from './timeline-extract';
import { mergeMoments } from './timeline-moments';

// Clauses copied from the agreements (tests/fixtures/highlights/timelines.json).
const cases: { from: string; language: Language; text: string }[] = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'tests', 'fixtures', 'highlights', 'timelines.json'), 'utf8'),
);
const clause = (from: string, language: Language) =>
  cases.find((c) => c.from === from && c.language === language)!;
const short = (steps: ExtractedStep[]) =>
  steps.map(
    (s) =>
      `${s.after.value} ${s.after.unit} ${s.from}: ${s.object} ${s.event}${s.unrecoverable ? ' (lost)' : ''}`,
  );

const step = (over: Partial<ExtractedStep>): ExtractedStep => ({
  after: { value: 15, unit: 'day' },
  from: 'arrears',
  event: 'stop',
  object: 'service',
  quote: '',
  ...over,
});

describe('mergeMoments', () => {
  it('MaxCompute 1.1.3: "terminated" and "stopped" at 15 days after arrears are one step', () => {
    for (const language of ['zh', 'en'] as const) {
      const { text } = clause('maxcompute-terms specific.1.1.3', language);
      expect(short(mergeMoments(extractSteps(text, language))), language).toEqual([
        '15 day arrears: service terminate',
        '15 day arrears: data delete (lost)',
      ]);
    }
  });

  it('Log Service 1.2: the agreement terminated says the service stopped too', () => {
    const { text } = clause('mini-program-cloud-terms specific.1.2', 'en');
    expect(short(mergeMoments(extractSteps(text, 'en')))).toEqual([
      '7 day suspension: agreement terminate',
      '7 day suspension: data delete (lost)',
    ]);
  });

  it('Media processing 15.2: data released and deleted at one moment is deleted, unrecoverable', () => {
    const { text } = clause('mini-program-cloud-terms specific.15.2', 'zh');
    expect(short(mergeMoments(extractSteps(text, 'zh')))).toEqual([
      '0 hour task-completion: data delete (lost)',
    ]);
  });

  it('keeps steps at different moments, and other things at the same moment, apart', () => {
    const steps = [
      step({ after: { value: 24, unit: 'hour' }, event: 'suspend', object: 'functions' }),
      step({ event: 'terminate' }),
      step({ event: 'release', object: 'instance' }),
      step({ event: 'delete', object: 'data' }),
      step({ event: 'terminate', object: 'jobs' }),
      step({ from: 'suspension', event: 'stop' }),
    ];
    expect(short(mergeMoments(steps))).toEqual([
      '24 hour arrears: functions suspend',
      '15 day arrears: service terminate',
      '15 day arrears: instance release',
      '15 day arrears: data delete',
      '15 day arrears: jobs terminate',
      '15 day suspension: service stop',
    ]);
  });

  it('keeps the place of the first step of a moment and the words of the step it keeps', () => {
    const merged = mergeMoments([
      step({ event: 'suspend', object: 'operations', quote: 'a' }),
      step({ event: 'delete', object: 'data', quote: 'b' }),
      step({ event: 'stop', object: 'service', quote: 'c' }),
    ]);
    expect(merged.map((s) => [s.event, s.object, s.quote])).toEqual([
      ['stop', 'service', 'c'],
      ['delete', 'data', 'b'],
    ]);
  });
});
