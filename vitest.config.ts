import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Test files run in parallel: each builds in its own copy of the project
    // (tests/helpers/buildSite.ts), with its own output and cache folders.
    // Most of a file's time is spent waiting for child processes (astro build,
    // Chromium, the Nu checker), so run more files than cores (Vitest's default
    // is cores - 1, which is 1 on a 2-core CI machine).
    maxWorkers: Math.max(3, availableParallelism()),
    // One Nu HTML Checker for the whole run; buildSite checks every page it builds.
    // One temporary folder per run, removed at its end (tests/setup/tempRoot.ts).
    globalSetup: ['tests/setup/tempRoot.ts', 'tests/setup/htmlChecker.ts'],
    // Generous: a test may build a site twice (a rebuild and a clean build) on a busy 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 240_000,
  },
});
