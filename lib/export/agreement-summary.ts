import { locales } from '../i18n/config';
import type { AgreementPage } from '../page/types';
import type { Agreement } from '../pipeline/types';
import { agreementPagePath, dataPaths } from './site';
import type { AgreementSummary } from './schema';

/**
 * What `/data/agreements.json` lists of one agreement, and what its own file starts with: the
 * default region's page model for languages, titles, scope and regions; the front matter for
 * the editions as printed; the URLs of its pages and exports.
 */
export function agreementSummary(page: AgreementPage, agreement: Agreement, site: string): AgreementSummary {
  const slug = page.slug;
  const inLanguages = <T>(value: (language: AgreementPage['languages'][number]) => T) =>
    Object.fromEntries(page.languages.map((l) => [l, value(l)]));
  const pagesOf = (region?: string) =>
    Object.fromEntries(locales.map((locale) => [locale, site + agreementPagePath(locale, slug, region)]));
  return {
    slug,
    official: page.official,
    languages: page.languages,
    titles: inLanguages((l) => page.texts[l]!.title),
    status: inLanguages((l) => page.texts[l]!.status),
    editions: inLanguages((l) => {
      const meta = agreement.texts[l]!.meta;
      return {
        version: meta.version ?? null,
        updated: meta.updated ?? null,
        effective: meta.effective ?? null,
        publication: meta.publication ?? null,
      };
    }),
    scope: page.scope,
    defaultRegion: page.region?.options.find((option) => option.path === '')?.key ?? null,
    regions: (page.region?.options ?? []).map((option) => ({
      key: option.key,
      name: option.name,
      default: option.path === '',
      pages: pagesOf(option.key),
    })),
    urls: {
      pages: pagesOf(),
      data: site + dataPaths.agreement(slug),
      markdown: inLanguages((l) => site + dataPaths.markdown(slug, l)),
    },
  };
}
