import type { TFunction } from 'i18next';
import type { Tag } from '@/lib/highlights/types';
import { HighlightChip, HighlightIcon } from './highlight-icon';

/**
 * The two categories, each with its colour, icon and words (never colour alone), a one-line
 * definition and a switch — a checkbox the page's CSS reads, on by default, no script needed.
 */
export function HighlightLegend({ counts, t }: { counts: Record<Tag, number>; t: TFunction }) {
  return (
    <fieldset className="grid gap-[0.2rem]">
      <legend className="mb-[0.15rem] font-semibold">{t('highlight.legend')}</legend>
      {(['liability', 'deletion'] as const).map((tag) => (
        <label key={tag} className="flex cursor-pointer items-baseline gap-[0.4rem]">
          <input type="checkbox" id={`highlight-${tag}`} defaultChecked />
          <HighlightChip tag={tag}>
            <HighlightIcon tag={tag} />
          </HighlightChip>
          <span>
            <strong>{t(`highlight.${tag}`)}</strong> ({t('highlight.count', { count: counts[tag] })}):{' '}
            {t(`highlight.${tag}Help`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
