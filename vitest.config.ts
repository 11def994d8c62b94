import { defineConfig } from 'vitest/config';

// One test command for the whole repository (`npm test`), in two projects:
// - "unit + db": pure tests, and database suites that run once per dialect — SQLite always,
//   PostgreSQL when reachable (in CI an unreachable PostgreSQL is a failure); see
//   packages/server/test/global-setup.ts.
// - "e2e": Playwright driving Debian's Chromium against `antt serve --demo` (e2e/vitest.config.ts).
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // CI lists every test, so its log shows each database suite ran as [sqlite] and [postgres].
    reporters: process.env.CI ? ['verbose'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit + db',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      'e2e/vitest.config.ts',
    ],
  },
});
