import type { TFunction } from 'i18next';
import type { Tag } from '@/lib/highlights/types';
import { HighlightIcon } from './highlight-icon';

/**
 * The two categories, each with its colour, icon and words (never colour alone), a one-line
 * definition and a switch — a checkbox the page's CSS reads, on by default, no script needed.
 */
export function HighlightLegend({ counts, t }: { counts: Record<Tag, number>; t: TFunction }) {
  return (
    <fieldset className="highlight-legend">
      <legend>{t('highlight.legend')}</legend>
      {(['liability', 'deletion'] as const).map((tag) => (
        <label key={tag} className={`legend-item legend-${tag}`}>
          <input type="checkbox" id={`highlight-${tag}`} defaultChecked />
          <span className={`highlight-chip chip-${tag}`}>
            <HighlightIcon tag={tag} />
          </span>
          <span>
            <strong>{t(`highlight.${tag}`)}</strong> ({t('highlight.count', { count: counts[tag] })}):{' '}
            {t(`highlight.${tag}Help`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
