/**
 * robots.txt and /.well-known/security.txt, written at build time: both name the site's
 * absolute URLs, and security.txt must expire (RFC 9116 §2.5.5).
 */

/** Every page may be crawled; the sitemap lists them. */
export function robotsTxt(site: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${site}/sitemap.xml`, ''].join('\n');
}

/**
 * RFC 9116: where to report a security problem (SECURITY_CONTACT, a mailto: or https: URI;
 * security@ the site's host by default), until when this file holds — a year after the build,
 * less a day, as §2.5.5 recommends less than a year — the languages reports may be written in,
 * and the file's own address.
 */
export function securityTxt(site: string, built: Date, contact?: string): string {
  const expires = new Date(built.getTime());
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  expires.setUTCDate(expires.getUTCDate() - 1);
  return [
    `Contact: ${contact?.trim() || `mailto:security@${new URL(site).hostname}`}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en, zh',
    `Canonical: ${site}/.well-known/security.txt`,
    '',
  ].join('\n');
}
