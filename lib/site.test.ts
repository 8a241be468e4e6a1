import { describe, expect, it } from 'vitest';
import { pageLinks, siteOrigin } from './site';

describe('siteOrigin', () => {
  it('is SITE_URL without a trailing slash, or the documented default', () => {
    expect(siteOrigin('https://terms.example.org/')).toBe('https://terms.example.org');
    expect(siteOrigin('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(siteOrigin(undefined)).toBe('https://terms.example.com');
    expect(siteOrigin('  ')).toBe('https://terms.example.com');
  });

  it('refuses what is no http(s) origin, saying what to give', () => {
    expect(() => siteOrigin('terms.example.org')).toThrow(/SITE_URL is not a URL: "terms.example.org"/);
    expect(() => siteOrigin('https://terms.example.org/docs')).toThrow(/without a path/);
    expect(() => siteOrigin('ftp://terms.example.org')).toThrow(/http\(s\) origin/);
  });
});

describe('pageLinks', () => {
  const origin = 'https://terms.example.org';

  it('an agreement: its own URL in the interface language, both languages, English for x-default', () => {
    expect(pageLinks('zh', '/agreements/membership-agreement/eu', origin)).toEqual({
      canonical: 'https://terms.example.org/zh/agreements/membership-agreement/eu',
      alternates: [
        { hrefLang: 'en', href: 'https://terms.example.org/en/agreements/membership-agreement/eu' },
        { hrefLang: 'zh', href: 'https://terms.example.org/zh/agreements/membership-agreement/eu' },
        { hrefLang: 'x-default', href: 'https://terms.example.org/en/agreements/membership-agreement/eu' },
      ],
    });
  });

  it('the library and the chooser: one set of alternates, the chooser as x-default', () => {
    const library = pageLinks('en', '', origin);
    const chooser = pageLinks(null, '', origin);
    expect(library.canonical).toBe('https://terms.example.org/en');
    expect(chooser.canonical).toBe('https://terms.example.org/');
    expect(chooser.alternates).toEqual(library.alternates);
    expect(library.alternates).toEqual([
      { hrefLang: 'en', href: 'https://terms.example.org/en' },
      { hrefLang: 'zh', href: 'https://terms.example.org/zh' },
      { hrefLang: 'x-default', href: 'https://terms.example.org/' },
    ]);
  });
});
