import { agreementSlugs } from '../agreements';
import { isLocale, locales, type Locale } from '../i18n/config';
import { islandSrc } from '../islands';
import { agreementPage } from '../page/agreement-page';
import { plain } from '../page/route-props';
import type { AgreementPage } from '../page/types';
import { agreementScope } from '../regions/party';
import { agreementRegions, loadRegions } from '../regions/load-regions';
import { agreementHref, embedAgreement, embedClause, type EmbedClause } from './embed-clause';

/**
 * The region segment of the embed URLs of an agreement without billing-address regions (one
 * party for every customer, or not yet researched): `/en/embed/one-party/-/1.1`. A region key
 * is two to eight letters (content/regions.yaml), so `-` is never one.
 */
export const noRegion = '-';

/** `/{lang}/embed/{slug}/{region}`: the whole agreement, without the site around it. */
export interface EmbedAgreementProps {
  locale: Locale;
  page: AgreementPage;
  /** The agreement's own page on the site, for the link that leaves the frame. */
  href: string;
  script: string;
}

/** `/{lang}/embed/{slug}/{region}/{clause}`: one clause. */
export interface EmbedClauseProps {
  locale: Locale;
  clause: EmbedClause;
  script: string;
}

/** The page model an embed URL names, or null (a 404): the region must be spelled out. */
function embedded(
  lang: string,
  slug: string,
  region: string,
): { locale: Locale; page: AgreementPage } | null {
  if (!isLocale(lang) || !agreementSlugs().includes(slug)) return null;
  // `-` only for an agreement without regions (agreementPage() itself answers null for a region
  // of an agreement that has none).
  const page = region === noRegion ? agreementPage(slug) : agreementPage(slug, region);
  if (!page || (region === noRegion && page.scope === 'regions')) return null;
  return { locale: lang, page };
}

export function embedAgreementProps(lang: string, slug: string, region: string): EmbedAgreementProps | null {
  const found = embedded(lang, slug, region);
  if (!found) return null;
  const { locale, page } = found;
  return plain({
    locale,
    page: embedAgreement(page),
    href: agreementHref(page, locale),
    script: islandSrc('embed'),
  });
}

export function embedClauseProps(
  lang: string,
  slug: string,
  region: string,
  ref: string,
): EmbedClauseProps | null {
  const found = embedded(lang, slug, region);
  const clause = found && embedClause(found.page, ref, found.locale);
  return clause ? plain({ locale: found.locale, clause, script: islandSrc('embed') }) : null;
}

/** The region segments of an agreement's embed URLs: its regions' keys, or `-`. */
function embedRegions(slug: string): string[] {
  const data = loadRegions().data;
  return agreementRegions(slug, data)?.regions ?? (agreementScope(slug, data) ? [noRegion] : []);
}

/** Every prerendered agreement embed: each language × agreement × region (default included). */
export function embedAgreementPaths() {
  return locales.flatMap((lang) =>
    agreementSlugs().flatMap((slug) =>
      embedRegions(slug).map((region) => ({ params: { lang, slug, region } })),
    ),
  );
}
