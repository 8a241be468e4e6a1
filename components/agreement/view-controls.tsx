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
  return (
    <div className="view-controls">
      <fieldset>
        <legend>{t('view.legend')}</legend>
        {views.map((view) => (
          <label key={view}>
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
      <label className="swap">
        <input type="checkbox" id="swap-columns" />
        <span>{t('view.swap')}</span>
      </label>
      <label className="review-toggle">
        <input type="checkbox" id="review-toggle" />
        <span>{t('review.toggle')}</span>
      </label>
    </div>
  );
}
