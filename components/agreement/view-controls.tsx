import type { TFunction } from 'i18next';

/**
 * Both / Chinese only / English only, and swap: native radio buttons and a checkbox. The page's
 * CSS reads their state with :has(), so the controls work with JavaScript off and ship none.
 * With the translation-review switch. None of it for an agreement in one language.
 */
export function ViewControls({ t, bilingual }: { t: TFunction; bilingual: boolean }) {
  // One language: nothing to show side by side, swap or compare.
  if (!bilingual) return null;
  const views = ['both', 'zh', 'en'] as const;
  const option = 'flex min-h-6 cursor-pointer items-center gap-2';
  return (
    <div className="view-controls grid gap-2">
      <fieldset className="m-0 grid gap-1 border-0 p-0">
        <legend className="mb-1 font-semibold">{t('view.legend')}</legend>
        {views.map((view) => (
          <label key={view} className={option}>
            <input
              type="radio"
              name="view"
              id={`view-${view}`}
              value={view}
              defaultChecked={view === 'both'}
            />
            <span>{t(`view.${view}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className={option}>
        <input type="checkbox" id="swap-columns" />
        <span>{t('view.swap')}</span>
      </label>
      <label className={option}>
        <input type="checkbox" id="review-toggle" />
        <span>{t('review.toggle')}</span>
      </label>
      <a href="#translation-review" className="ml-6">
        {t('review.summaryLink')}
      </a>
    </div>
  );
}
