// @ts-check
/**
 * `npm start`: Next's request handler behind the few rules a static site needs at request time,
 * which Next alone gets wrong (it answers 500 to TRACE on every path and to a path with a broken
 * percent-escape, and lets shared caches keep pages for a year):
 *   - only GET and HEAD are served; every other method gets 405 with `Allow`;
 *   - a path that cannot be decoded names no page: the site's 404 page;
 *   - every response carries the security headers (security-headers.mjs), read from the
 *     environment when the server starts, so FRAME_ANCESTORS needs no rebuild; the search page
 *     and its index get the policy that lets Pagefind run WebAssembly, no other path does;
 *   - Cache-Control by what is served, and no-store on every error (404, 405);
 *   - the data exports (/data/) readable from any origin (Access-Control-Allow-Origin: *).
 */
import { createServer } from 'node:http';
import next from 'next';
import {
  cacheControl,
  crossOriginHeaders,
  errorCacheControl,
  frameAncestors,
  runsWebAssembly,
  securityHeaders,
} from './security-headers.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const headers = securityHeaders({ frameAncestors: frameAncestors() });
const searchHeaders = securityHeaders({ frameAncestors: frameAncestors(), webAssembly: true });

const app = next({ dev: false, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0];
  for (const [name, value] of Object.entries(runsWebAssembly(pathname) ? searchHeaders : headers))
    res.setHeader(name, value);
  for (const [name, value] of Object.entries(crossOriginHeaders(pathname))) res.setHeader(name, value);
  // Cache-Control by what is served, or none kept for an error, set when the head is written
  // (Node writes every head through writeHead): Next sets its own earlier, sometimes before the
  // status (a 404 from getServerSideProps), and ours replaces it.
  const cache = cacheControl(pathname);
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
    res.setHeader('Cache-Control', status < 400 ? cache : errorCacheControl);
    return writeHead(status, ...rest);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    void handle(req, res, { pathname: '/404', query: {} });
    return;
  }
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`Bilingual Terms Viewer on http://localhost:${port}`);
});
