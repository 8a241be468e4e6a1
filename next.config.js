/**
 * Security headers for every response. Pages are prerendered and Next inlines its own small
 * bootstrap scripts, so script-src needs 'unsafe-inline' (no nonces without per-request
 * rendering) — but never 'unsafe-eval'. Consoles embed the pages: FRAME_ANCESTORS lists the
 * origins allowed to frame them (space-separated), 'self' when unset.
 */
const frameAncestors = process.env.FRAME_ANCESTORS?.trim() || "'self'";

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The fixture site of the browser tests builds beside the real one (package.json build:fixtures).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  // Pages read content/ through lib/ at build time; keep it traced for `next start`.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

module.exports = nextConfig;
