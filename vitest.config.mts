import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests only: the Playwright specs in e2e/ run under `playwright test`.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // No test mocks a module, stubs a global or changes the environment, so the files of one
    // worker share their modules: the content, termbase and rules load once per worker rather
    // than once per file (importing them was two thirds of the suite's time).
    isolate: false,
  },
});
