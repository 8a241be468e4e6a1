import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { ProductTimeline, TimelineStep } from '@/lib/highlights/timeline';

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
      className="deletion-timelines"
      aria-labelledby="deletion-timelines-title"
    >
      <h2 id="deletion-timelines-title" className="part-title">
        {t('highlight.timelines')}
      </h2>
      <p>{t('highlight.timelinesIntro')}</p>
      <div className="timeline-grid">
        {withSteps.map((timeline) => (
          <section
            key={timeline.section ?? 'agreement'}
            className="timeline"
            data-section={timeline.section ?? ''}
          >
            <h3 lang={htmlLang(locale)}>
              {timeline.section ? <a href={`#${timeline.section}`}>{timeline.title}</a> : timeline.title}
            </h3>
            <ol>
              {timeline.steps.map((step, i) => (
                <li key={i}>
                  <a href={`#clause-${step.clause}`}>{stepText(step, t)}</a>
                  {step.unrecoverable && <> {t('highlight.unrecoverable')}</>}
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
