import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { ProductTimeline, TimelineStep } from '@/lib/highlights/timeline';
import { partTitleClass } from '../ui/part-title';

/** Per product (or per agreement): what happens to the service and the data, and when. */
export function DeletionTimelines({
  timelines,
  locale,
  t,
}: {
  timelines: ProductTimeline[];
  locale: Locale;
  t: TFunction;
}) {
  const withSteps = timelines.filter((timeline) => timeline.steps.length > 0);
  if (withSteps.length === 0) return null;
  return (
    <section
      id="deletion-timelines"
      className="mx-auto max-w-[90rem] px-4 pb-8"
      aria-labelledby="deletion-timelines-title"
    >
      <h2 id="deletion-timelines-title" className={partTitleClass}>
        {t('highlight.timelines')}
      </h2>
      <p className="mt-0 mb-3 text-sm text-muted">{t('highlight.timelinesIntro')}</p>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {withSteps.map((timeline) => (
          <section
            key={timeline.section ?? 'agreement'}
            className="rounded-lg border border-line p-3 text-sm"
            data-timeline
            data-section={timeline.section ?? ''}
          >
            <h3 className="m-0 mb-2 text-sm font-bold" lang={htmlLang(locale)}>
              {timeline.section ? <a href={`#${timeline.section}`}>{timeline.title}</a> : timeline.title}
            </h3>
            {/* The deletion colour of the highlights, as a line the steps hang on. */}
            <ol className="m-0 list-none border-l-2 border-deletion p-0">
              {timeline.steps.map((step, i) => (
                <li key={i} className="relative py-1 pl-4">
                  <span
                    aria-hidden="true"
                    className="absolute top-[0.85rem] -left-[5px] size-2 rounded-full bg-deletion"
                  />
                  <a href={`#clause-${step.clause}`}>{stepText(step, t)}</a>
                  {step.unrecoverable && (
                    <span className="font-semibold"> {t('highlight.unrecoverable')}</span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

function stepText(step: TimelineStep, t: TFunction): string {
  const values = {
    after: t(`highlight.unit.${step.after.unit}`, { count: step.after.value }),
    trigger: t(`highlight.trigger.${step.from}`),
    event: t(`highlight.event.${step.event}`),
    object: t(`highlight.object.${step.object}`),
  };
  return step.after.value === 0 ? t('highlight.stepAt', values) : t('highlight.step', values);
}
