import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { SharedTermsLink } from '@/lib/compare/shared-terms';
import type { AgreementPage } from '@/lib/page/types';

/**
 * On an agreement page: links to the comparisons it is part of — this region with each other
 * region of the agreement, and this publication with each other publication of the same terms.
 * Renders nothing when there are none.
 */
export function CompareLinks({
  page,
  publications,
  locale,
  t,
}: {
  page: AgreementPage;
  publications: SharedTermsLink[];
  locale: Locale;
  t: TFunction;
}) {
  const region = page.region;
  const regions = region ? region.options.filter((option) => option.key !== region.key) : [];
  if (regions.length === 0 && publications.length === 0) return null;
  return (
    <nav aria-label={t('compare.links')} className="text-sm" data-testid="compare-links">
      {regions.length > 0 && (
        <p className="m-0">
          {t('compare.regionsHeading', { region: region!.card.name[locale] })}{' '}
          {regions.map((option, i) => (
            <span key={option.key}>
              {i > 0 && ' · '}
              {/* Named in full: "Europe" alone is also the region picker's link. */}
              <a
                href={`/${locale}/agreements/${page.slug}/compare/${region!.key}/${option.key}`}
                aria-label={t('compare.regionLink', { a: region!.card.name[locale], b: option.name[locale] })}
                className="underline"
              >
                {option.name[locale]}
              </a>
            </span>
          ))}
        </p>
      )}
      {publications.length > 0 && (
        <p className="m-0">
          {t('compare.publicationsHeading')}{' '}
          {publications.map((publication, i) => {
            const language = publication.titles[locale] ? locale : page.official;
            return (
              <span key={publication.slug}>
                {i > 0 && ' · '}
                <a
                  href={`/${locale}/compare/${page.slug}/${publication.slug}`}
                  lang={htmlLang(language)}
                  className="underline"
                >
                  {publication.titles[language]}
                </a>
              </span>
            );
          })}
        </p>
      )}
    </nav>
  );
}
