import type { TFunction } from 'i18next';
import type { Agreement } from '@/lib/agreements';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import { editionOf } from '@/lib/format';

/** Title in the interface language (the other language's title beneath), edition, official text. */
export function AgreementHeader({
  agreement,
  locale,
  t,
}: {
  agreement: Agreement;
  locale: Locale;
  t: TFunction;
}) {
  const primary = agreement.texts[locale] ?? agreement.official;
  const secondary = Object.values(agreement.texts).find((text) => text !== primary);
  const official = agreement.official;
  return (
    <header className="agreement-header">
      <h1 lang={htmlLang(primary.language)}>{primary.meta.title}</h1>
      {secondary && (
        <p className="secondary-title" lang={htmlLang(secondary.language)}>
          {secondary.meta.title}
        </p>
      )}
      <dl className="agreement-meta">
        <div>
          <dt className="sr-only">{t('meta.version', { value: '' })}</dt>
          <dd lang={htmlLang(primary.language)}>{editionOf(primary.meta, t)}</dd>
        </div>
        <div>
          <dt className="sr-only">{t('status.official')}</dt>
          <dd>
            <span className="status-badge status-official">
              {t('library.official', { language: t(`language.${official.language}`) })}
            </span>{' '}
            {t('status.prevails')}
          </dd>
        </div>
      </dl>
    </header>
  );
}
