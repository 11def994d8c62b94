import { defineConfig } from 'vitest/config';

// One test command for the whole repository. Database tests run once per dialect: SQLite
// always, PostgreSQL when reachable (and in CI, where an unreachable PostgreSQL is a failure);
// see packages/server/test/global-setup.ts.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['packages/server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // CI lists every test, so its log shows each database suite ran as [sqlite] and [postgres].
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
