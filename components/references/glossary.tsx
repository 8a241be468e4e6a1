import type { TFunction } from 'i18next';
import { htmlLang, otherLocale, type Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import { partTitleClass } from '../ui/part-title';

/**
 * The defined terms as one list in the interface language's order: each term with its
 * counterpart in the other language, the sentence that defines it (in the interface language
 * where that version has one) and links to where it is defined. `#glossary` is its anchor for
 * the contents; `glossary` the hook of the reference previews (islands/reference-preview.ts).
 */
export function Glossary({
  entries,
  locale,
  label,
  t,
}: {
  entries: AgreementPage['glossary'];
  locale: Locale;
  label: (ref: string) => string;
  t: TFunction;
}) {
  const pairs = entries[locale];
  if (pairs.length === 0) return null;
  const other = otherLocale(locale);
  return (
    <section
      id="glossary"
      aria-labelledby="glossary-title"
      className="glossary mx-auto max-w-[90rem] px-4 pb-12"
    >
      <h2 id="glossary-title" className={partTitleClass}>
        {t('references.glossary')}
      </h2>
      <p className="mt-0 mb-3 text-sm text-muted">{t('references.glossaryIntro')}</p>
      {/* Two columns on wide screens, read down: the order is alphabetical. */}
      <dl className="m-0 gap-x-8 text-[0.9rem] md:columns-2">
        {pairs.map((pair) => {
          const first = pair.terms[locale] ? locale : other;
          const second = first === locale ? other : locale;
          const definedIn = pair.excerpts[locale] ? locale : other;
          return (
            <div
              key={`${pair.terms.en}|${pair.terms.zh}`}
              className="break-inside-avoid border-t border-line"
              data-glossary-entry
            >
              <dt className="pt-2">
                <span className="font-semibold" lang={htmlLang(first)} data-lang={first}>
                  {pair.terms[first]}
                </span>
                {pair.terms[second] && (
                  <>
                    <span aria-hidden="true" className="text-muted">
                      {' · '}
                    </span>
                    <span className="font-normal text-muted" lang={htmlLang(second)} data-lang={second}>
                      {pair.terms[second]}
                    </span>
                  </>
                )}
              </dt>
              <dd className="m-0 pb-2 text-sm">
                {pair.excerpts[definedIn] && (
                  <p className="m-0 line-clamp-3" lang={htmlLang(definedIn)}>
                    {pair.excerpts[definedIn]}
                  </p>
                )}
                <p className="m-0 text-muted">
                  {t('references.definedIn')}{' '}
                  {pair.refs.map((ref, i) => (
                    <span key={ref}>
                      {i > 0 && ', '}
                      <a href={`#clause-${ref}`} className="underline">
                        {label(ref)}
                      </a>
                    </span>
                  ))}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
