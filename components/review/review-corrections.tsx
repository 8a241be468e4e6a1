import type { TFunction } from 'i18next';
import { htmlLang } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import type { TranslationCorrection } from '@/lib/bilingual/corrections';

/** The changelog of the reference translation, while reviewing: clause, before, after, why. */
export function ReviewCorrections({
  corrections,
  clauseHref,
  label,
  t,
}: {
  corrections: AgreementPage['review']['corrections'];
  clauseHref: (id: string) => string;
  label: (ref: string) => string;
  t: TFunction;
}) {
  if (corrections.length === 0) return null;
  return (
    <details className="review-corrections basis-full text-[0.85rem]" id="review-corrections" open>
      <summary className="cursor-pointer text-accent">
        {t('review.corrections', { count: corrections.length })}
      </summary>
      <p>{t('review.correctionsIntro')}</p>
      <ol>
        {corrections.map((correction, i) => (
          <li key={i}>
            <a href={clauseHref(correction.id)} className="underline underline-offset-2">
              {label(correction.clause)}
            </a>{' '}
            ({correction.date})
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
    <dl className="correction mt-0.5 mb-1.5 grid grid-cols-[max-content_1fr] gap-x-2">
      <dt className="font-semibold">{t('review.before')}</dt>
      <dd className="m-0">
        <del lang={lang}>{correction.before}</del>
      </dd>
      <dt className="font-semibold">{t('review.after')}</dt>
      <dd className="m-0">
        <ins lang={lang}>{correction.after}</ins>
      </dd>
      <dt className="font-semibold">{t('review.why')}</dt>
      <dd className="m-0" lang="en">
        {correction.why}
      </dd>
    </dl>
  );
}
