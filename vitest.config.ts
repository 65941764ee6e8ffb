import { defineConfig } from 'vitest/config';

const unitAndIntegration = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'];

// The same tests run on the embedded database and on a real PostgreSQL server; browser journeys
// run once, against the embedded database, in Debian's Chromium.
export default defineConfig({
  test: {
    // Two files at a time even on two cores: much of a test's time is spent waiting on PostgreSQL
    // and Chromium, which run in processes of their own (vitest would otherwise use cores - 1).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: unitAndIntegration,
          exclude: ['test/e2e/**'],
          globalSetup: ['test/setup/embedded.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: unitAndIntegration,
          exclude: ['test/e2e/**'],
          globalSetup: ['test/setup/postgres.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/embedded.ts', 'test/setup/browser.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
