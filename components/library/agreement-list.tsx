import Link from 'next/link';
import type { TFunction } from 'i18next';
import type { LibraryEntry } from '@/lib/page/library';
import { htmlLang, locales, type Locale } from '@/lib/i18n/config';
import { editionOf } from '@/lib/format';

/** The library: every agreement with both titles, its edition, official language and versions. */
export function AgreementList({
  agreements,
  locale,
  t,
}: {
  agreements: LibraryEntry[];
  locale: Locale;
  t: TFunction;
}) {
  return (
    <ul className="agreement-list">
      {agreements.map((agreement) => {
        const primary = agreement.texts[locale] ?? agreement.texts[agreement.official]!;
        return (
          <li key={agreement.slug} className="agreement-card" data-slug={agreement.slug}>
            <h2>
              <Link href={`/${locale}/agreements/${agreement.slug}`} lang={htmlLang(primary.language)}>
                {primary.title}
              </Link>
            </h2>
            {locales
              .filter((language) => language !== primary.language && agreement.texts[language])
              .map((language) => (
                <p key={language} className="secondary-title" lang={htmlLang(language)}>
                  {agreement.texts[language]!.title}
                </p>
              ))}
            <p className="card-meta">
              <span lang={htmlLang(primary.language)}>{editionOf(primary.meta, t)}</span>
              {' · '}
              <span className="status-badge status-official">
                {t('library.official', { language: t(`language.${agreement.official}`) })}
              </span>
            </p>
            <p className="card-versions">
              <span>{t('library.versions')}</span>
              {locales.map((language, i) => {
                const text = agreement.texts[language];
                return (
                  <span key={language}>
                    {i > 0 && ' · '}
                    {text
                      ? t('library.versionEntry', {
                          language: t(`language.${language}`),
                          status: t(`status.${text.status}`),
                        })
                      : t('library.versionMissing', { language: t(`language.${language}`) })}
                  </span>
                );
              })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
