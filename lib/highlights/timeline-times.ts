import type { TimelineEvent, TimelineVocabulary, Trigger } from './timeline-phrases';

export type TimeUnit = 'hour' | 'day';

/** A point in time a clause states: `value` units after `from`; value 0 is the trigger itself. */
export interface TimePoint {
  value: number;
  unit: TimeUnit;
  from: Trigger;
}

/** A stretch of a text and what it was read as. */
export interface Located<T> {
  at: number;
  end: number;
  value: T;
}

/**
 * The times one part of a clause states, and the part with them blanked out so that their words
 * ("自阿里云暂停服务之时起", "after the service is stopped") are not read again as events. A bare
 * period takes the trigger noun before it in the part ("if the arrears continue for more than 72
 * hours"), or the last trigger of the clause so far ("如24小时届满" after "自首次欠费之时起").
 */
export function findTimes(segment: string, v: TimelineVocabulary, context: { anchor?: Trigger }) {
  const found: Located<TimePoint>[] = [];
  let masked = segment;
  const mask = (at: number, length: number) => {
    masked = masked.slice(0, at) + ' '.repeat(length) + masked.slice(at + length);
  };
  for (const m of segment.matchAll(v.anchoredPeriod)) {
    const from = triggerOf(m.groups!.anchor ?? m.groups!.from ?? '', v);
    if (!from) continue;
    found.push({ at: m.index, end: m.index + m[0].length, value: point(m.groups!, from) });
    mask(m.index, m[0].length);
  }
  for (const m of masked.matchAll(v.period)) {
    const noun = [...segment.slice(0, m.index).matchAll(v.anchorNouns)].pop();
    const from = (noun && triggerOf(noun[0], v)) || context.anchor;
    if (from) found.push({ at: m.index, end: m.index + m[0].length, value: point(m.groups!, from) });
  }
  for (const m of found) mask(m.at, m.end - m.at);
  for (const [pattern, from] of v.atTriggers) {
    for (const m of masked.matchAll(pattern)) {
      found.push({ at: m.index, end: m.index + m[0].length, value: { value: 0, unit: 'hour', from } });
    }
  }
  for (const m of found.filter((f) => f.value.value === 0)) mask(m.at, m.end - m.at);
  const times = found.sort((a, b) => a.at - b.at);
  if (times.length > 0) context.anchor = times[times.length - 1].value.from;
  return { times, masked };
}

function point(groups: Record<string, string | undefined>, from: Trigger): TimePoint {
  const unit: TimeUnit = /hour|小时/i.test(groups.unit!) ? 'hour' : 'day';
  return { value: Number(groups.value), unit, from };
}

function triggerOf(words: string, v: TimelineVocabulary): Trigger | undefined {
  return v.anchors.find(([pattern]) => pattern.test(words))?.[1];
}

// The time of a verb: one in its own sub-clause if there is one ("will delete the custom
// monitoring time series you have set 7 days after the service is stopped"), else the nearest.
export function nearest(
  times: Located<TimePoint>[],
  event: Located<TimelineEvent>,
  text: string,
  v: TimelineVocabulary,
): Located<TimePoint> | undefined {
  const [start, end] = subClause(text, event, v);
  const own = times.filter((t) => t.at >= start && t.end <= end);
  const distance = (t: Located<TimePoint>) => (t.end <= event.at ? event.at - t.end : t.at - event.at);
  return [...(own.length > 0 ? own : times)].sort((a, b) => distance(a) - distance(b) || a.at - b.at)[0];
}

export function subClause(
  text: string,
  event: Located<TimelineEvent>,
  v: TimelineVocabulary,
): [number, number] {
  const start = lastBreak(text.slice(0, event.at), v.subClauseBreak);
  const next = text.slice(event.end).search(v.subClauseBreak);
  return [start, next < 0 ? text.length : event.end + next];
}

// "deleted when they are successfully consumed or the longest storage period … has elapsed":
// triggers joined by "or" / "或" are alternatives, and the step happens at each.
export function alternatives(
  times: Located<TimePoint>[],
  chosen: Located<TimePoint>,
  text: string,
  v: TimelineVocabulary,
): TimePoint[] {
  const joined = (a: Located<TimePoint>, b: Located<TimePoint>) =>
    v.alternative.test(text.slice(Math.min(a.end, b.end), Math.max(a.at, b.at)));
  return times.filter((t) => t === chosen || joined(t, chosen)).map((t) => t.value);
}

export function lastBreak(text: string, pattern: RegExp): number {
  let at = 0;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'))) {
    at = m.index + m[0].length;
  }
  return at;
}
