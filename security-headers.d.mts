// Types of security-headers.mjs (plain JavaScript, read by server.mjs without a build step), for
// the TypeScript that imports it (tests/security-headers.test.ts).
export interface PolicyOptions {
  frameAncestors: string;
  development?: boolean;
  webAssembly?: boolean;
}
export function frameAncestors(env?: Record<string, string | undefined>): string;
export function runsWebAssembly(pathname: string): boolean;
export function contentSecurityPolicy(options: PolicyOptions): string;
export function securityHeaders(options: PolicyOptions): Record<string, string>;
export function cacheControl(pathname: string): string;
