import { defineConfig } from 'vitest/config';

// Browser tests against the real server (`antt serve --demo`) and the built web app. Each file
// starts its own server on a free port with its own SQLite file, so files run side by side.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
