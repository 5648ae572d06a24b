import { defineConfig } from 'vitest/config';

// Names this run's template database, so parallel runs on one PostgreSQL server do not collide.
process.env.KITT_TEST_RUN ??= String(process.pid);

const api = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/**/*.test.ts'],
    exclude: ['server/**/*.unit.test.ts', 'server/crash/**'],
    env: { KITT_TEST_DB: name },
    globalSetup: [`server/test/global-setup-${name}.ts`],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['server/**/*.unit.test.ts', 'common/**/*.unit.test.ts', 'web/src/**/*.unit.test.ts'] } },
      api('pglite'),
      api('postgres'),
      {
        test: {
          name: 'crash',
          include: ['server/crash/**/*.test.ts'],
          testTimeout: 1_200_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
