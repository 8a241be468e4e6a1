import { describe, expect, it } from 'vitest';
import { siteUrl } from './site';

describe('siteUrl', () => {
  it('is SITE_URL as an origin, or npm start’s address', () => {
    expect(siteUrl({ SITE_URL: 'https://terms.example.org/' })).toBe('https://terms.example.org');
    expect(siteUrl({ SITE_URL: ' https://terms.example.org:8443 ' })).toBe('https://terms.example.org:8443');
    expect(siteUrl({})).toBe('http://localhost:3000');
  });

  it('refuses what is not an http(s) origin, saying what to give', () => {
    expect(() => siteUrl({ SITE_URL: 'terms.example.org' })).toThrow(/not a URL; give the site's origin/);
    expect(() => siteUrl({ SITE_URL: 'https://example.org/terms' })).toThrow(/with no path/);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/http\(s\) origin/);
  });
});
