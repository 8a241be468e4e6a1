import type { TFunction } from 'i18next';
import { htmlLang } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import type { TranslationCorrection } from '@/lib/bilingual/corrections';

/** The changelog of the reference translation, while reviewing: clause, before, after, why. */
export function ReviewCorrections({
  corrections,
  label,
  t,
}: {
  corrections: AgreementPage['review']['corrections'];
  label: (ref: string) => string;
  t: TFunction;
}) {
  if (corrections.length === 0) return null;
  return (
    <details className="review-corrections" id="review-corrections">
      <summary>{t('review.corrections', { count: corrections.length })}</summary>
      <p>{t('review.correctionsIntro')}</p>
      <ol>
        {corrections.map((correction, i) => (
          <li key={i}>
            <a href={`#${correction.id}`}>{label(correction.clause)}</a> ({correction.date})
            <Correction correction={correction} t={t} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** One correction's wording before and after, and why. */
export function Correction({ correction, t }: { correction: TranslationCorrection; t: TFunction }) {
  const lang = htmlLang(correction.language);
  return (
    <dl className="correction">
      <dt>{t('review.before')}</dt>
      <dd>
        <del lang={lang}>{correction.before}</del>
      </dd>
      <dt>{t('review.after')}</dt>
      <dd>
        <ins lang={lang}>{correction.after}</ins>
      </dd>
      <dt>{t('review.why')}</dt>
      <dd lang="en">{correction.why}</dd>
    </dl>
  );
}
