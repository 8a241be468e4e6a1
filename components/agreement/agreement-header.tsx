import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import { editionOf } from '@/lib/format';

/** Title in the interface language (the other language's title beneath), edition, official text. */
export function AgreementHeader({ page, locale, t }: { page: AgreementPage; locale: Locale; t: TFunction }) {
  const primary = page.texts[locale] ?? page.texts[page.official]!;
  const secondary = page.languages.map((l) => page.texts[l]!).find((text) => text !== primary);
  return (
    <header className="agreement-header">
      <h1 lang={htmlLang(primary.language)}>{primary.title}</h1>
      {secondary && (
        <p className="secondary-title" lang={htmlLang(secondary.language)}>
          {secondary.title}
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
              {t('library.official', { language: t(`language.${page.official}`) })}
            </span>
            {/* Which text prevails, and what the translation is, only where there is one. */}
            {secondary && <> {t('status.prevails')}</>}
          </dd>
        </div>
      </dl>
    </header>
  );
}
