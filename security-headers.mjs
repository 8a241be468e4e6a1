// @ts-check
/**
 * The headers every response carries, in one place: `server.mjs` sends them in production
 * (`npm start`), `next.config.js` in development, and the README lists them for static hosts.
 *
 * Pages carry no inline script (each loads its one island from /islands/), so script-src is
 * 'self' alone. The search page alone runs WebAssembly (Pagefind's search, compiled from
 * /pagefind/), which needs 'wasm-unsafe-eval': it allows compiling WebAssembly and nothing
 * else (no eval, no inline script). style-src keeps 'unsafe-inline' for the style attributes
 * that carry each row's height estimate. Consoles embed pages: `frameAncestors` lists the
 * origins allowed to frame them.
 */

/** FRAME_ANCESTORS as given ("'self' https://console.example.com"), else 'self'. */
export function frameAncestors(env = process.env) {
  return env.FRAME_ANCESTORS?.trim() || "'self'";
}

/**
 * The paths whose policy allows WebAssembly: the search pages, and the Pagefind bundle, whose
 * web worker (/pagefind/en/pagefind-worker.js) runs the search under the policy of its own
 * response, not the page's.
 * @param {string} pathname
 */
export function runsWebAssembly(pathname) {
  return /^\/(en|zh)\/search\/?$/.test(pathname) || pathname.startsWith('/pagefind/');
}

/** @typedef {{ frameAncestors: string, development?: boolean, webAssembly?: boolean }} PolicyOptions */

/** @param {PolicyOptions} options */
export function contentSecurityPolicy({ frameAncestors, development = false, webAssembly = false }) {
  return [
    "default-src 'self'",
    // `next dev` hydrates every page and evaluates its modules: only there.
    development
      ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
      : webAssembly
        ? "script-src 'self' 'wasm-unsafe-eval'"
        : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** @param {PolicyOptions} options */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * The data exports (/data/) may be read by scripts on any site: tools fetch them from their own
 * origin. Only there — the pages stay same-origin. A plain GET needs no preflight, so OPTIONS
 * keeps its 405.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function crossOriginHeaders(pathname) {
  return pathname.startsWith('/data/') ? { 'Access-Control-Allow-Origin': '*' } : {};
}

/**
 * Cache-Control of every error (404, 405): stored by no cache, as Next marks its own errors. A
 * 404 or 405 without it is cacheable by heuristic (RFC 9110, 15.1), so a page published later
 * could stay an error in a shared cache.
 */
export const errorCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * Cache-Control by what is served. HTML: five minutes, then revalidated against its ETag —
 * agreements change, and Next's own default for prerendered pages lets shared caches keep them
 * a year. Files whose names carry a content hash (Next's /_next/static/, our /islands/, the search
 * index's chunks: /pagefind/zh/index/zh_e8e36f7.pf_index): a year, immutable. Anything else,
 * including Pagefind's own script, WebAssembly and entry file, whose names stay the same when
 * the index changes: revalidate every time.
 * @param {string} pathname
 */
export function cacheControl(pathname) {
  if (
    pathname.startsWith('/_next/static/') ||
    /^\/islands\/[\w-]+-[A-Z0-9]{8}\.js$/.test(pathname) ||
    /^\/pagefind\/(en|zh)\/(\w+\/)?[\w.-]*_[0-9a-f]{7,}\.pf_\w+$/.test(pathname)
  )
    return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/data/')) return 'public, max-age=300, must-revalidate';
  // A clause embed's last segment is a clause id, not an extension: /en/embed/membership-agreement/eu/11.5.
  const file = /\.\w+$/.test(pathname) && !/^\/\w+\/embed\//.test(pathname);
  if (pathname.startsWith('/_next/') || file) return 'public, max-age=0, must-revalidate';
  return 'public, max-age=300, must-revalidate';
}
