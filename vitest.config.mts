import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests only: the Playwright specs in e2e/ run under `playwright test`.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
