import type { Affected, TimelineEvent } from './timeline-phrases';
import type { ExtractedStep } from './timeline-extract';

// What happens to the service as a whole, weakest first: terminating it also stops it, and
// stopping it also suspends it. Terminating the agreement ends the service it provides.
const serviceEvents: TimelineEvent[] = ['suspend', 'stop', 'terminate'];
const serviceObjects: Affected[] = ['operations', 'functions', 'service', 'agreement'];
// What happens to one thing the customer keeps: deleting it goes further than releasing it.
const dataEvents: TimelineEvent[] = ['release', 'delete'];

/**
 * One step per thing that happens at one moment (the same period after the same trigger), so a
 * timeline reads as a reader would tell it. MaxCompute 1.1.3 says 终止本服务 and, of the same
 * moment, 停止服务: "15 days after arrears: the service terminated" and "… the service stopped"
 * are one step, "the service terminated". Rules:
 *   - the service, the agreement, its functions and operations at one moment: only the furthest
 *     event stays (terminate over stop over suspend), on the widest of those objects with that
 *     event ("agreement terminated" over "service terminated");
 *   - one thing both released and deleted at one moment (媒体处理 15.2 "释放并删除"): deleted,
 *     and unrecoverable when either step says so.
 * Other objects (an instance released while the data is deleted, jobs terminated) stay apart.
 * The kept step keeps its place: the first of its moment's group.
 */
export function mergeMoments<T extends ExtractedStep>(steps: T[]): T[] {
  const groups = new Map<string, T[]>();
  const keyOf = (step: T) => {
    const moment = `${step.after.value}${step.after.unit}|${step.from}`;
    if (serviceObjects.includes(step.object) && serviceEvents.includes(step.event))
      return `${moment}|service`;
    if (dataEvents.includes(step.event)) return `${moment}|${step.object}`;
    return `${moment}|${step.object}|${step.event}`;
  };
  for (const step of steps) {
    const key = keyOf(step);
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  const out: T[] = [];
  for (const step of steps) {
    const group = groups.get(keyOf(step))!;
    if (group[0] !== step) continue;
    out.push(group.length === 1 ? step : strongest(group));
  }
  return out;
}

function strongest<T extends ExtractedStep>(group: T[]): T {
  const rank = (step: T) =>
    serviceEvents.includes(step.event)
      ? serviceEvents.indexOf(step.event) * 10 + serviceObjects.indexOf(step.object)
      : dataEvents.indexOf(step.event);
  const best = group.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return group.some((s) => s.unrecoverable) && dataEvents.includes(best.event)
    ? { ...best, unrecoverable: true }
    : best;
}
