import { execSync } from 'node:child_process';

/**
 * Debian's Chromium when the machine has one (Playwright cannot download its own browser here),
 * with the flags it needs in a container with no network: one place for the browser tests, the
 * screenshots script and the benchmark's page sizes. Undefined elsewhere: Playwright then uses
 * its own.
 *
 * The headless shell (Debian's `chromium-headless-shell`, what Playwright itself runs for
 * headless tests) comes first: the same Blink, without the full browser's user interface
 * process, it runs the browser suite in half the time of `chromium --headless` on a 2-CPU
 * machine. The full `chromium` is the fallback (and what Lighthouse runs, bench/lighthouse.ts).
 */
export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync('command -v chromium-headless-shell || command -v chromium || command -v chromium-browser', {
        shell: '/bin/sh',
      })
        .toString()
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
