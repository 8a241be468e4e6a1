import Link from 'next/link';
import type { TFunction } from 'i18next';
import type { LibraryEntry, LibraryGroup } from '@/lib/page/library';
import { htmlLang, locales, type Locale } from '@/lib/i18n/config';
import { EditionDates } from '../ui/edition-dates';
import { StatusBadge } from '../ui/status-badge';

/**
 * The library: the agreements in reading order (lib/page/library.ts), grouped by kind — the
 * membership agreement, product terms, support plans — each with the product it is for, both
 * titles, its dates in the interface language's one format, and which version is official.
 */
export function AgreementList({
  groups,
  locale,
  t,
}: {
  groups: LibraryGroup[];
  locale: Locale;
  t: TFunction;
}) {
  return (
    <div className="mt-6 space-y-8">
      {groups.map((group) => {
        const kind = group.kind ?? 'other';
        return (
          <section key={kind} aria-labelledby={`library-${kind}`} data-kind={kind}>
            <h2
              id={`library-${kind}`}
              className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase"
            >
              {t(`library.groups.${kind}`)}
            </h2>
            <ul className="m-0 grid list-none gap-3 p-0">
              {group.entries.map((agreement) => (
                <AgreementCard key={agreement.slug} agreement={agreement} locale={locale} t={t} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function AgreementCard({ agreement, locale, t }: { agreement: LibraryEntry; locale: Locale; t: TFunction }) {
  const primary = agreement.texts[locale] ?? agreement.texts[agreement.official]!;
  const lang = htmlLang(primary.language);
  return (
    <li className="agreement-card rounded-lg border border-line p-4" data-slug={agreement.slug}>
      {primary.product && (
        <p className="m-0 text-sm font-semibold text-ink" lang={lang} data-product>
          {primary.product}
        </p>
      )}
      <h3 className="m-0 text-lg leading-snug font-semibold">
        <Link href={`/${locale}/agreements/${agreement.slug}`} lang={lang}>
          {primary.title}
        </Link>
      </h3>
      {locales
        .filter((language) => language !== primary.language && agreement.texts[language])
        .map((language) => (
          <p key={language} className="mt-1 mb-0 text-muted" lang={htmlLang(language)}>
            {agreement.texts[language]!.title}
          </p>
        ))}
      {primary.publication && (
        <p className="mt-1 mb-0 text-sm text-muted" lang={lang}>
          {t('library.publication', { title: primary.publication })}
        </p>
      )}
      <p className="mt-2 mb-0 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-dates>
        <EditionDates dates={primary.dates} locale={locale} t={t} />
        <span data-official={agreement.official}>
          <StatusBadge status="official">
            {t('library.official', { language: t(`language.${agreement.official}`) })}
          </StatusBadge>
        </span>
      </p>
      <p className="card-versions mt-1 mb-0 text-sm text-muted">
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
}
