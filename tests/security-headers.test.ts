import { describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, runsWebAssembly } from '../security-headers.mjs';

// The policy and caching rules server.mjs applies per path (e2e/headers.spec.ts checks the
// responses themselves).
describe('security headers', () => {
  it('only the search pages and the Pagefind bundle may compile WebAssembly', () => {
    for (const path of [
      '/en/search',
      '/zh/search',
      '/pagefind/en/pagefind-worker.js',
      '/pagefind/zh/pagefind.js',
    ])
      expect(runsWebAssembly(path), path).toBe(true);
    for (const path of [
      '/',
      '/en',
      '/en/agreements/mns-terms',
      '/en/searches',
      '/fr/search',
      '/en/search/x',
      '/islands/search-ABCDEF12.js',
    ])
      expect(runsWebAssembly(path), path).toBe(false);
  });

  it("'wasm-unsafe-eval' is the one addition, nothing else loosens", () => {
    const plain = contentSecurityPolicy({ frameAncestors: "'self'" });
    const search = contentSecurityPolicy({ frameAncestors: "'self'", webAssembly: true });
    expect(plain).toContain("script-src 'self';");
    expect(search).toBe(plain.replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';"));
  });

  it('the index chunks are immutable (hashed names); Pagefind’s script, WebAssembly and entry revalidate', () => {
    const immutable = 'public, max-age=31536000, immutable';
    const revalidate = 'public, max-age=0, must-revalidate';
    expect(cacheControl('/pagefind/zh/index/zh_e8e36f7.pf_index')).toBe(immutable);
    expect(cacheControl('/pagefind/en/fragment/en_49a0b37.pf_fragment')).toBe(immutable);
    expect(cacheControl('/pagefind/en/filter/en_69858ed.pf_filter')).toBe(immutable);
    expect(cacheControl('/pagefind/en/pagefind.en_fb2833bb50.pf_meta')).toBe(immutable);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
      expect(cacheControl(`/pagefind/en/${file}`), file).toBe(revalidate);
    expect(cacheControl('/en/search')).toBe('public, max-age=300, must-revalidate');
  });
});
