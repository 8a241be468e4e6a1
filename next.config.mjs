import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { crossOriginHeaders, frameAncestors, securityHeaders } from './security-headers.mjs';

/**
 * In production, server.mjs sets every response's headers at request time (FRAME_ANCESTORS
 * read when it starts). `next dev` has no such server: it sends the same headers from here.
 * @param {string} phase
 */
export default function nextConfig(phase) {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  const headers = Object.entries(securityHeaders({ frameAncestors: frameAncestors(), development })).map(
    ([key, value]) => ({ key, value }),
  );
  /** @type {import('next').NextConfig} */
  const config = {
    reactStrictMode: true,
    // The fixture site of the browser tests builds beside the real one (package.json build:fixtures).
    distDir: process.env.NEXT_DIST_DIR || '.next',
    poweredByHeader: false,
    // Type checking is `npm run typecheck` (tsc over the whole project, tests and scripts
    // included), which `npm run build` runs first (package.json prebuild): Next's own check of
    // the same files would run it a second time, and a third for the fixture site.
    typescript: { ignoreBuildErrors: true },
    async headers() {
      if (!development) return [];
      const data = Object.entries(crossOriginHeaders('/data/')).map(([key, value]) => ({ key, value }));
      return [
        { source: '/:path*', headers },
        { source: '/data/:path*', headers: data },
      ];
    },
    // Where the content is, fixed when the site is built: the clause embeds are rendered on their
    // first request (pages/[lang]/embed/…/[clause].tsx), and must read the content the build
    // read (the fixture site's, for `npm run build:fixtures`), whatever the server's environment.
    env: Object.fromEntries(
      ['CONTENT_DIR', 'REGIONS_FILE', 'SOURCES_DIR']
        .filter((name) => process.env[name])
        .map((name) => [name, path.resolve(process.env[name])]),
    ),
    // Pages read content/ through lib/ at build time; keep it traced for `next start`.
    outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  };
  return config;
}
