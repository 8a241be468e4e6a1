import { gzipSync } from 'node:zlib';

export interface PageSizes {
  html: number;
  js: number;
  css: number;
  jsFiles: number;
}

const gz = (text: string | Buffer) => gzipSync(text).length;

// The server closes idle keep-alive connections while Lighthouse runs; a pooled one can then be
// found closed ("other side closed"). One retry on a fresh connection is the honest fix.
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

/** The gzip sizes of a page's HTML and of every script and stylesheet it references. */
export async function pageSizes(base: string, path: string): Promise<PageSizes> {
  const html = await (await get(base + path)).text();
  const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
  const fetchAll = async (urls: string[]) =>
    Promise.all(urls.map(async (url) => Buffer.from(await (await get(base + url)).arrayBuffer())));
  const scripts = await fetchAll(assets(/<script[^>]+src="([^"]+\.js)"/g));
  const styles = await fetchAll(assets(/<link[^>]+href="([^"]+\.css)"/g));
  return {
    html: gz(html),
    js: scripts.reduce((n, file) => n + gz(file), 0),
    css: styles.reduce((n, file) => n + gz(file), 0),
    jsFiles: scripts.length,
  };
}

export function gzipSize(text: string): number {
  return gz(text);
}
