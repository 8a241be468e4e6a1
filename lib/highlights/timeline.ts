import type { Agreement } from '../pipeline/types';
import type { AgreementText, Block, Language } from '../pipeline/types';
import { textOf } from './classify-agreement';
import { dedupe, extractSteps, type ExtractedStep } from './timeline-extract';
import { mergeMoments } from './timeline-moments';
import type { AgreementHighlights } from './types';

export {
  affected,
  timelineEvents,
  triggers,
  type Affected,
  type TimelineEvent,
  type Trigger,
} from './timeline-phrases';
export type { TimeUnit } from './timeline-times';

/**
 * One step of a deletion timeline, e.g. MaxCompute 1.1.3: `{ after: { value: 15, unit: 'day' },
 * from: 'arrears', event: 'delete', object: 'data', unrecoverable: true }` — "15 days after the
 * arrears, all data is deleted, unrecoverable". Language-neutral: the page labels trigger, event
 * and object in the interface language. `after.value` 0 means at the trigger itself ("upon
 * expiry"). `quote` is the sentence it was read from, in the language asked for.
 */
export interface TimelineStep extends ExtractedStep {
  /** The clause it comes from, as a ref: "specific.1.1.3". */
  clause: string;
}

/** What happens when for one product (a section of the product-specific terms) or agreement. */
export interface ProductTimeline {
  /** The product's section id, "clause-specific.16"; null for an agreement without products (MNS). */
  section: string | null;
  /** The product's heading without its number, "【大数据计算服务】…", or the agreement's title. */
  title: string;
  steps: TimelineStep[];
}

/** The steps one clause states. */
export function clauseTimeline(block: Block, language: Language): TimelineStep[] {
  return extractSteps(textOf(block), language).map((step) => ({ ...step, clause: block.ref }));
}

/** For each deletion clause with a period or trigger, its steps, by row id. */
export function deletionTimelines(
  agreement: Agreement,
  highlights: AgreementHighlights,
  language: Language,
): Record<string, TimelineStep[]> {
  const text = textIn(agreement, language);
  const out: Record<string, TimelineStep[]> = {};
  for (const clause of highlights.clauses) {
    const block = text.blocks.find((b) => b.id === clause.id);
    if (!block || !clause.tags.includes('deletion')) continue;
    const steps = clauseTimeline(block, language);
    if (steps.length > 0) out[clause.id] = steps;
  }
  return out;
}

/**
 * A timeline per product of the product-specific terms (专用服务条款), from every clause of the
 * product's section — "24 hours after the arrears: suspend" is not itself a deletion clause but
 * is the first step towards one. An agreement without product sections (MNS) gets one timeline,
 * from its deletion clauses. Products whose clauses state no period have no steps. A step said
 * by two clauses (21.2 and 21.2.1: "stops upon expiry") is listed once, under the first; what
 * happens at one moment in several words ("terminated" and "stopped") is one step
 * (timeline-moments.ts).
 */
export function productTimelines(
  agreement: Agreement,
  highlights: AgreementHighlights,
  language: Language,
): ProductTimeline[] {
  const text = textIn(agreement, language);
  const products = text.blocks.filter((b) => b.part === 'specific' && b.kind === 'section');
  if (products.length === 0) {
    const deletion = new Set(highlights.clauses.filter((c) => c.tags.includes('deletion')).map((c) => c.id));
    const steps = text.blocks.filter((b) => deletion.has(b.id)).flatMap((b) => clauseTimeline(b, language));
    return [{ section: null, title: text.meta.title, steps: mergeMoments(dedupe(steps)) }];
  }
  return products.map((section) => ({
    section: section.id,
    title: textOf(section).replace(/^\s*[\d.]+\s*/, ''),
    steps: mergeMoments(
      dedupe(
        text.blocks
          .filter((b) => b.id.startsWith(`${section.id}.`))
          .flatMap((b) => clauseTimeline(b, language)),
      ),
    ),
  }));
}

function textIn(agreement: Agreement, language: Language): AgreementText {
  return agreement.texts[language] ?? agreement.official;
}
