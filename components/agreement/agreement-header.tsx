import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import { EditionDates } from '../ui/edition-dates';
import { StatusBadge } from '../ui/status-badge';

/**
 * The product the terms are for, the title in the interface language (the other language's
 * beneath), the edition's dates in the interface language's one format, the publication that
 * carries the terms, and which text is official.
 */
export function AgreementHeader({ page, locale, t }: { page: AgreementPage; locale: Locale; t: TFunction }) {
  const primary = page.texts[locale] ?? page.texts[page.official]!;
  const secondary = page.languages.map((l) => page.texts[l]!).find((text) => text !== primary);
  return (
    <header className="agreement-header mx-auto max-w-[90rem] px-4 pt-6 pb-2">
      {primary.product && (
        <p className="m-0 text-sm font-semibold text-accent" lang={htmlLang(primary.language)} data-product>
          {primary.product}
        </p>
      )}
      <h1 lang={htmlLang(primary.language)} className="text-[1.6rem] leading-[1.3] font-bold">
        {primary.title}
      </h1>
      {secondary && (
        <p className="mt-1 text-muted" lang={htmlLang(secondary.language)}>
          {secondary.title}
        </p>
      )}
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-[0.9rem] text-muted">
        <div>
          <dt className="sr-only">{t('meta.edition')}</dt>
          <dd className="flex flex-wrap gap-x-3" data-dates>
            <EditionDates dates={primary.dates} locale={locale} t={t} />
          </dd>
        </div>
        {primary.publication && (
          <div>
            <dt className="sr-only">{t('meta.publicationLabel')}</dt>
            <dd lang={htmlLang(primary.language)}>
              {t('library.publication', { title: primary.publication })}
            </dd>
          </div>
        )}
        <div>
          <dt className="sr-only">{t('status.official')}</dt>
          <dd>
            <StatusBadge status="official">
              {t('library.official', { language: t(`language.${page.official}`) })}
            </StatusBadge>
            {/* Which text prevails, and what the translation is, only where there is one. */}
            {secondary && <> {t('status.prevails')}</>}
          </dd>
        </div>
      </dl>
    </header>
  );
}
