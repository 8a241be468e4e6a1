import type { Language } from '../pipeline/types';
import { objectOf, findEvents } from './timeline-events';
import {
  vocabulary,
  type Affected,
  type TimelineEvent,
  type TimelineVocabulary,
  type Trigger,
} from './timeline-phrases';
import { alternatives, findTimes, nearest, type TimePoint, type TimeUnit } from './timeline-times';

/** One thing a clause says happens at a time; language-neutral except `quote`. */
export interface ExtractedStep {
  after: { value: number; unit: TimeUnit };
  from: Trigger;
  event: TimelineEvent;
  object: Affected;
  unrecoverable?: true;
  /** The sentence or semicolon part the step was read from, as the clause words it. */
  quote: string;
}

/**
 * Reads the periods, triggers and events of one clause, e.g. MaxCompute 1.1.2–1.1.3:
 *   "如果您的欠费状态超过24小时的，阿里云会暂停您的MaxCompute计算服务和下载服务" → 24 hours after
 *   arrears: suspend functions; "…则阿里云将在您实际欠费满15日后，终止本服务…；同时，…全部数据将会被
 *   删除并清空且永不可恢复" → 15 days after arrears: terminate service, delete data, unrecoverable.
 * Parentheticals restating a period ("（7×24即168个小时）") are dropped first. The text is cut at
 * full stops and semicolons; each verb takes the time nearest to it in its part, or the time the
 * previous part ended on ("同时，…" has none of its own), and what it acts on from its sub-clause.
 */
export function extractSteps(text: string, language: Language): ExtractedStep[] {
  const v = vocabulary[language];
  const steps: ExtractedStep[] = [];
  const context: { time?: TimePoint; anchor?: Trigger } = {};
  for (const segment of clean(text, v).split(v.segmentBreak)) {
    const { times, masked } = findTimes(segment, v, context);
    const events = findEvents(masked, v);
    let previous: Affected | undefined;
    for (const event of events) {
      const when = nearest(times, event, masked, v);
      const time = when?.value ?? context.time;
      if (!time) continue;
      const object = objectOf(masked, event, events, v, previous) ?? 'service';
      previous = object;
      context.time = time;
      const unrecoverable = v.unrecoverable.test(segment) && ['delete', 'release'].includes(event.value);
      for (const t of when ? alternatives(times, when, masked, v) : [time]) {
        steps.push({
          after: { value: t.value, unit: t.unit },
          from: t.from,
          event: event.value,
          object,
          ...(unrecoverable ? { unrecoverable: true as const } : {}),
          quote: segment.trim(),
        });
      }
    }
    if (events.length === 0 && times.length > 0) context.time = times[times.length - 1].value;
  }
  return dedupe(steps);
}

// "16.1.3. 如果…（至暂停之时起至360（15 X24）个小时满）内" → "如果…内": the label and every
// parenthetical go, innermost first; English "upon the expiry of the 24 hours" → "24 hours".
function clean(text: string, v: TimelineVocabulary): string {
  let out = text.replace(/^\s*[\d.]+\s*/, '');
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/[(（][^()（）]*[)）]/g, '');
  }
  return (v.preClean ? out.replace(v.preClean, '') : out).replace(/\s+/g, ' ');
}

// The same step said twice ("将会被删除并清空") is one step. "Unrecoverable" holds for every
// deletion or release at the time it is said of ("the instances will be released and the data …
// deleted and cannot be recovered").
export function dedupe<T extends ExtractedStep>(steps: T[]): T[] {
  const kept = new Map<string, T>();
  for (const step of steps) {
    const key = `${step.after.value}${step.after.unit}|${step.from}|${step.event}|${step.object}`;
    if (!kept.has(key)) kept.set(key, step);
  }
  // Within one clause only: 21.2.2 releases data at the same time as 21.2.1 without saying so.
  const when = (s: T) =>
    `${(s as { clause?: string }).clause ?? ''}|${s.after.value}${s.after.unit}|${s.from}`;
  const lost = new Set(steps.filter((s) => s.unrecoverable).map(when));
  return [...kept.values()].map((s) =>
    lost.has(when(s)) && (s.event === 'delete' || s.event === 'release') ? { ...s, unrecoverable: true } : s,
  );
}
