import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, systemChromium } from './e2e/chromium';

const executablePath = systemChromium();
const port = Number(process.env.E2E_PORT ?? 3210);
// The fixture site (npm run build:fixtures): small agreements that show what the real content
// never has, such as translation-review findings.
const fixturePort = port + 1;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // A flaky test is a failing test: no retries, in CI or here.
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: executablePath
      ? {
          executablePath,
          args: chromiumFlags,
        }
      : {},
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /fixture-site\// },
    {
      name: 'fixture-site',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fixturePort}` },
      testMatch: /fixture-site\/.*\.spec\.ts/,
    },
  ],
  // Tests run against the production build (`npm run build` comes first in `npm test`), served
  // as `npm start` serves it; never against a server the run did not start.
  webServer: [
    {
      command: 'node server.mjs',
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node server.mjs',
      env: { PORT: String(fixturePort), NEXT_DIST_DIR: '.next-fixtures' },
      url: `http://127.0.0.1:${fixturePort}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
