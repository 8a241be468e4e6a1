import { isLocale, type Locale } from '../i18n/config';
import { islandSrc } from '../islands';
import { agreementRegions, loadRegions } from '../regions/load-regions';
import { agreementSlugs } from '../agreements';
import { locales } from '../i18n/config';
import { sharedTermsLinks, type SharedTermsLink } from '../compare/shared-terms';
import { agreementPage } from './agreement-page';
import { reviewReport, type ReviewReport } from './review-report';
import type { AgreementPage } from './types';

/** What an agreement route hands its page: the model, the interface language, the island. */
export interface AgreementRouteProps {
  locale: Locale;
  page: AgreementPage;
  /** The URL of the page's enhancement script (lib/islands.ts). */
  script: string;
  /** Other publications of the same terms, for the links to their comparisons. */
  sharedTerms: SharedTermsLink[];
}

/** null for an unknown language, agreement or region: the route answers 404. */
export function agreementRouteProps(lang: string, slug: string, region?: string): AgreementRouteProps | null {
  if (!isLocale(lang) || !agreementSlugs().includes(slug)) return null;
  const page = agreementPage(slug, region);
  if (!page) return null;
  return plain({ locale: lang, page, script: islandSrc('agreement'), sharedTerms: sharedTermsLinks(slug) });
}

/** Every prerendered agreement route: each language × agreement. */
export function agreementPaths() {
  return locales.flatMap((lang) => agreementSlugs().map((slug) => ({ params: { lang, slug } })));
}

/** What the review report's route hands its page (no script: the report is read as it is). */
export interface ReviewRouteProps {
  locale: Locale;
  report: ReviewReport;
}

/** null for an unknown language or agreement, or one with nothing to report: a 404. */
export function reviewRouteProps(lang: string, slug: string): ReviewRouteProps | null {
  if (!isLocale(lang) || !agreementSlugs().includes(slug)) return null;
  const page = agreementPage(slug);
  const report = page && reviewReport(page);
  return report ? plain({ locale: lang, report }) : null;
}

/** Every prerendered review report: each language × agreement that has one. */
export function reviewPaths() {
  return agreementPaths().filter(({ params }) => reviewRouteProps(params.lang, params.slug));
}

/** Every prerendered region route: each language × agreement × region that applies to it. */
export function regionPaths() {
  const data = loadRegions().data;
  return agreementPaths().flatMap(({ params }) =>
    (agreementRegions(params.slug, data)?.regions ?? []).map((region) => ({ params: { ...params, region } })),
  );
}

/**
 * The value as JSON would carry it: optional fields left undefined are dropped, which the
 * Pages Router requires of page props, and nothing but plain data can pass.
 */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
