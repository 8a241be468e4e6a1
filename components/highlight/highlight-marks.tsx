import type { TFunction } from 'i18next';
import { htmlLang } from '@/lib/i18n/config';
import { markedPhrases } from '@/lib/highlights/classify-agreement';
import type { ClauseHighlight } from '@/lib/highlights/types';
import type { Language } from '@/lib/pipeline/types';

/**
 * On a highlighted clause: its category, with the words that triggered the mark in each
 * language ("marked because: “不承担任何责任” / “shall not be liable”"), an editors' override with
 * its reason, and — for reviewers — a tag only one language's rules give.
 */
export function HighlightMarks({ highlight, t }: { highlight: ClauseHighlight; t: TFunction }) {
  if (highlight.tags.length === 0) return null;
  const languages: Language[] = ['zh', 'en'];
  return (
    <div className="highlight-marks">
      {highlight.tags.map((tag) => {
        const override = highlight.overrides.find((o) => o.tag === tag && o.action === 'add');
        const phrases = markedPhrases(highlight, tag);
        return (
          <p key={tag} className={`highlight-mark mark-${tag}`}>
            <span className={`highlight-chip chip-${tag}`}>
              <span aria-hidden="true">{tag === 'liability' ? '⚖ ' : '🗑 '}</span>
              {t(`highlight.${tag}`)}
            </span>{' '}
            {t('highlight.because')}{' '}
            {phrases.map(({ language, phrase }, i) => (
              <span key={`${language}-${phrase}`}>
                {i > 0 && ' / '}
                <q lang={htmlLang(language)}>{phrase}</q>
              </span>
            ))}
            {override && <> {t('highlight.override', { reason: override.reason })}</>}
            {highlight.disagreement.includes(tag) && (
              <span className="review-findings-inline">
                {' '}
                {t('highlight.disagreement', {
                  tag: t(`highlight.${tag}`),
                  language: t(
                    `language.${languages.find((l) => highlight.languages[l]?.tags.includes(tag)) ?? 'zh'}`,
                  ),
                })}
              </span>
            )}
          </p>
        );
      })}
    </div>
  );
}
