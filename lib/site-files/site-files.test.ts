import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { sitePages, sitemapXml } from './sitemap';
import { robotsTxt, securityTxt } from './well-known';

const site = 'https://terms.example.org';
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xhtmlNs = 'http://www.w3.org/1999/xhtml';

/** The sitemap parsed as XML, namespaces checked: each <loc> with its alternates by hreflang. */
function parseSitemap(xml: string): Map<string, Record<string, string>> {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`sitemap.xml ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const out = new Map<string, Record<string, string>>();
  for (const url of Array.from(doc.getElementsByTagNameNS(sitemapNs, 'url'))) {
    const loc = url.getElementsByTagNameNS(sitemapNs, 'loc')[0].textContent!;
    const links = Array.from(url.getElementsByTagNameNS(xhtmlNs, 'link'));
    expect(links.every((link) => link.getAttribute('rel') === 'alternate')).toBe(true);
    out.set(
      loc,
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!])),
    );
  }
  return out;
}

describe('sitemap.xml', () => {
  // The fixture site's pages, written out: three agreements, one with three regions, one with one;
  // two with a review report.
  const pages = sitePages([
    { slug: 'one-party', regions: [] },
    { slug: 'review-sample', regions: ['cn'], default: 'cn', review: true },
    { slug: 'sample-membership', regions: ['intl', 'eu', 'au'], default: 'intl', review: true },
  ]);
  const sitemap = parseSitemap(sitemapXml(site, pages));

  it('lists every prerendered page that is its own canonical in both interface languages, and the chooser', () => {
    // Not the default region under its key (…/intl, …/cn): those name the bare URL as canonical.
    const paths = [
      '/search',
      '/agreements/one-party',
      '/agreements/review-sample',
      '/agreements/sample-membership',
      '/agreements/sample-membership/eu',
      '/agreements/sample-membership/au',
      '/agreements/review-sample/review',
      '/agreements/sample-membership/review',
    ];
    expect([...sitemap.keys()].sort()).toEqual(
      [
        `${site}/`,
        `${site}/en`,
        `${site}/zh`,
        ...paths.flatMap((p) => [`${site}/en${p}`, `${site}/zh${p}`]),
      ].sort(),
    );
  });

  it('gives each page its language versions and an x-default', () => {
    const eu = {
      en: `${site}/en/agreements/sample-membership/eu`,
      'zh-CN': `${site}/zh/agreements/sample-membership/eu`,
      'x-default': `${site}/en/agreements/sample-membership/eu`,
    };
    expect(sitemap.get(`${site}/en/agreements/sample-membership/eu`)).toEqual(eu);
    expect(sitemap.get(`${site}/zh/agreements/sample-membership/eu`)).toEqual(eu);
    const library = { en: `${site}/en`, 'zh-CN': `${site}/zh`, 'x-default': `${site}/` };
    for (const loc of [`${site}/`, `${site}/en`, `${site}/zh`]) expect(sitemap.get(loc)).toEqual(library);
  });
});

describe('robots.txt and security.txt', () => {
  it('robots.txt allows every page and names the sitemap', () => {
    expect(robotsTxt(site)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://terms.example.org/sitemap.xml\n',
    );
  });

  it('security.txt (RFC 9116) has a contact, expires a year after the build less a day, and names itself', () => {
    const built = new Date('2026-12-01T08:30:00.000Z');
    expect(securityTxt(site, built)).toBe(
      [
        'Contact: mailto:security@terms.example.org',
        'Expires: 2027-11-30T08:30:00Z',
        'Preferred-Languages: en, zh',
        'Canonical: https://terms.example.org/.well-known/security.txt',
        '',
      ].join('\n'),
    );
    expect(securityTxt(site, built, 'https://example.org/report')).toMatch(
      /^Contact: https:\/\/example.org\/report\n/,
    );
  });
});
