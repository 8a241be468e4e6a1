import { describe, expect, it } from 'vitest';
import { pageLinks } from './site';

describe('pageLinks', () => {
  const origin = 'https://terms.example.org';

  it('an agreement: its own URL in the interface language, both languages, English for x-default', () => {
    expect(pageLinks('zh', '/agreements/membership-agreement/eu', origin)).toEqual({
      canonical: 'https://terms.example.org/zh/agreements/membership-agreement/eu',
      alternates: [
        { hrefLang: 'en', href: 'https://terms.example.org/en/agreements/membership-agreement/eu' },
        { hrefLang: 'zh-CN', href: 'https://terms.example.org/zh/agreements/membership-agreement/eu' },
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
      { hrefLang: 'zh-CN', href: 'https://terms.example.org/zh' },
      { hrefLang: 'x-default', href: 'https://terms.example.org/' },
    ]);
  });
});
