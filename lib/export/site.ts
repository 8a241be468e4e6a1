import type { Language } from '../pipeline/types';

/**
 * Where the site lives and where its files are. The sitemap, robots.txt, security.txt and the
 * data exports carry absolute URLs (a downloaded file has no base to resolve a path against),
 * so the build needs the public origin: `SITE_URL=https://terms.example.org npm run build`.
 * Without it the URLs name `npm start`'s own address, which is right only on this machine.
 */
export const defaultSiteUrl = 'http://localhost:3000';

/** SITE_URL as an origin without a trailing slash; an address with a path or query is refused. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not a URL; give the site's origin, e.g. https://terms.example.org`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL "${value}" must be an http(s) origin with no path, e.g. https://terms.example.org (the site is served at its root)`,
    );
  return url.origin;
}

/** The paths of the data exports, under public/ as under the site's root. */
export const dataPaths = {
  library: '/data/agreements.json',
  librarySchema: '/data/agreements.schema.json',
  agreementSchema: '/data/agreement.schema.json',
  agreement: (slug: string) => `/data/agreements/${slug}.json`,
  markdown: (slug: string, language: Language) => `/data/agreements/${slug}/${language}.md`,
};

/** An agreement page: `/en/agreements/membership-agreement`, `/zh/agreements/membership-agreement/eu`. */
export function agreementPagePath(locale: string, slug: string, region?: string): string {
  return `/${locale}/agreements/${slug}${region ? `/${region}` : ''}`;
}
