import type { Language } from '../pipeline/types';
import { englishTimelines } from './timeline-phrases-en';
import { chineseTimelines } from './timeline-phrases-zh';

// The vocabulary of timeline steps: language-neutral keys the page labels in the interface
// language, one interface string per key.

/** What starts the clock: "24 hours after the arrears", "7 days from the time Alibaba Cloud suspends". */
export const triggers = [
  'arrears',
  'suspension',
  'stop',
  'expiry',
  'termination',
  'order',
  'storage-period',
  'buffer-period',
  'task-completion',
  'consumption',
] as const;
export type Trigger = (typeof triggers)[number];

/** What happens then. Clearing, destroying and discarding count as delete; reclaiming as release. */
export const timelineEvents = ['suspend', 'stop', 'terminate', 'release', 'delete'] as const;
export type TimelineEvent = (typeof timelineEvents)[number];

/** What it happens to. */
export const affected = [
  'service',
  'functions',
  'operations',
  'agreement',
  'data',
  'messages',
  'instance',
  'configuration',
  'project',
  'jobs',
  'resources',
] as const;
export type Affected = (typeof affected)[number];

/**
 * The words of deletion timelines, per language, as data. Read with timeline-extract.ts, which
 * says how they are combined. Patterns are global; where a pattern has groups, "value" and
 * "unit" are the period, "anchor" the words that name the trigger.
 */
export interface TimelineVocabulary {
  /**
   * Sentences, semicolon parts and colons: a time carries forward from one part to the next, never
   * back ("阿里云将按照以下约定暂停或终止服务：" announces steps, it is none).
   */
  segmentBreak: RegExp;
  /** Commas and "and": the span in which a verb looks for what it acts on. */
  subClauseBreak: RegExp;
  /** Wording removed before reading periods: "upon the expiry of the 24 hours" names no trigger. */
  preClean?: RegExp;
  period: RegExp;
  /** A period with its trigger next to it: "7 days from the time Alibaba Cloud suspends". */
  anchoredPeriod: RegExp;
  /** Trigger nouns a bare period refers back to: "if the arrears continue for more than 72 hours". */
  anchorNouns: RegExp;
  anchors: [RegExp, Trigger][];
  /** Events at the moment of a trigger: "upon expiry", "服务停止后". */
  atTriggers: [RegExp, Trigger][];
  events: [RegExp, TimelineEvent][];
  objects: [RegExp, Affected][];
  /** Before a verb: it is negated ("will not be stopped", "不会受到停服影响"). */
  negated: RegExp;
  /** Between the last comma and a verb: the customer acts ("you may view and delete applications"). */
  customerActs: RegExp;
  /**
   * A verb that names no event here: used as an adjective ("the released instance", "被释放的数据"),
   * paying ("cleared off the overdue payables"), or early termination as a condition ("服务提前终止").
   */
  notAnEvent: (verb: string, before: string, after: string) => boolean;
  unrecoverable: RegExp;
  /** What stands between two verbs that share an object: "release and destroy its task results". */
  coordination: RegExp;
  /** What stands between two triggers that are alternatives: "consumed or the longest storage period". */
  alternative: RegExp;
  /** For a verb with nothing after it, which noun before it is its subject. */
  subjectIs: 'first' | 'last';
}

export const vocabulary: Record<Language, TimelineVocabulary> = {
  en: englishTimelines,
  zh: chineseTimelines,
};
