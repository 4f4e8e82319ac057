import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Test files run in parallel: each builds in its own copy of the project
    // (tests/helpers/buildSite.ts), with its own output and cache folders.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
