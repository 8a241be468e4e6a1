import type { Affected, TimelineEvent, TimelineVocabulary } from './timeline-phrases';
import { subClause, type Located } from './timeline-times';

/**
 * The event verbs of one part (times blanked out), leaving out negated ones ("will not be
 * stopped"), ones the customer performs ("you may view and delete applications") and ones that
 * name no event ("the released instance", "cleared off the overdue payables").
 */
export function findEvents(masked: string, v: TimelineVocabulary): Located<TimelineEvent>[] {
  const events: Located<TimelineEvent>[] = [];
  for (const [pattern, event] of v.events) {
    for (const m of masked.matchAll(pattern)) {
      const before = masked.slice(0, m.index);
      const sinceComma = before.split(/[,，:：]/).pop()!;
      const after = masked.slice(m.index + m[0].length);
      if (v.negated.test(before) || v.customerActs.test(sinceComma) || v.notAnEvent(m[0], before, after))
        continue;
      events.push({ at: m.index, end: m.index + m[0].length, value: event });
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

// What a verb acts on, in this order: the noun after it in its sub-clause (up to the next verb);
// the noun after a verb it is coordinated with ("release and destroy its task results"); its
// subject in the sub-clause — the first noun in English ("all of your data stored in … Log
// Service will be deleted"), the last in Chinese ("您保存在阿里云日志服务的全部数据将会被删除");
// the nearest noun before it in the part ("…the instance…, it will be released"); the first
// noun after it ("once destroyed, the data cannot be recovered").
export function objectOf(
  text: string,
  event: Located<TimelineEvent>,
  events: Located<TimelineEvent>[],
  v: TimelineVocabulary,
  previous: Affected | undefined,
): Affected | undefined {
  const pick = (list: Located<Affected>[]) => (v.subjectIs === 'first' ? list[0] : list[list.length - 1]);
  const after = (e: Located<TimelineEvent>) => {
    const [, end] = subClause(text, e, v);
    const next = events.find((other) => other.at > e.at);
    const found = objects(text.slice(e.end, Math.min(end, next?.at ?? text.length)), v);
    return found.length > 0 ? pick(found).value : undefined;
  };
  const next = events.find((e) => e.at > event.at);
  const coordinated = next && v.coordination.test(text.slice(event.end, next.at)) ? after(next) : undefined;
  const subject = objects(text.slice(subClause(text, event, v)[0], event.at), v);
  const before = [...events].reverse().find((e) => e.at < event.at);
  const sameAsBefore = before && v.coordination.test(text.slice(before.end, event.at)) ? previous : undefined;
  return (
    after(event) ??
    coordinated ??
    (subject.length > 0 ? pick(subject).value : undefined) ??
    sameAsBefore ??
    objects(text.slice(0, event.at), v).pop()?.value ??
    objects(text.slice(event.end), v)[0]?.value
  );
}

// Every object noun in a span, longest first where they overlap ("配置信息" over "信息").
function objects(span: string, v: TimelineVocabulary): Located<Affected>[] {
  const all = v.objects.flatMap(([pattern, value]) =>
    [...span.matchAll(pattern)].map((m) => ({ at: m.index, end: m.index + m[0].length, value })),
  );
  all.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Located<Affected>[] = [];
  for (const o of all) if (!kept.some((k) => o.at < k.end && o.end > k.at)) kept.push(o);
  return kept;
}
