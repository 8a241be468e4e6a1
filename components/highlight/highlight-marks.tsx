import type { TFunction } from 'i18next';
import { htmlLang } from '@/lib/i18n/config';
import type { HighlightMark } from '@/lib/page/types';
import { HighlightChip, HighlightIcon } from './highlight-icon';

/**
 * On a highlighted clause: its category, with the words that triggered the mark in each
 * language ("marked because: “不承担任何责任” / “shall not be liable”"), an editors' override with
 * its reason, and — for reviewers — a tag only one language's rules give.
 */
export function HighlightMarks({ marks, t }: { marks: HighlightMark[]; t: TFunction }) {
  if (marks.length === 0) return null;
  return (
    <div className="highlight-marks col-span-full text-[0.8rem] text-muted">
      {marks.map((mark) => (
        <p key={mark.tag} className={`highlight-mark mark-${mark.tag} mb-[0.15rem]`}>
          <HighlightChip tag={mark.tag}>
            <HighlightIcon tag={mark.tag} /> {t(`highlight.${mark.tag}`)}
          </HighlightChip>{' '}
          {t('highlight.because')}{' '}
          {mark.phrases.map(({ language, phrase }, i) => (
            <span key={`${language}-${phrase}`}>
              {i > 0 && <span className="phrase-separator"> / </span>}
              <q lang={htmlLang(language)} data-phrase-lang={language}>
                {phrase}
              </q>
            </span>
          ))}
          {mark.override && <> {t('highlight.override', { reason: mark.override })}</>}
          {mark.onlyIn && (
            <span className="review-findings-inline hidden text-reference">
              {' '}
              {t('highlight.disagreement', {
                tag: t(`highlight.${mark.tag}`),
                language: t(`language.${mark.onlyIn}`),
              })}
            </span>
          )}
        </p>
      ))}
    </div>
  );
}
