import { defineConfig } from 'vitest/config';

// Three kinds of tests, each with a stated purpose:
// - unit: pure functions beside the code (*.test.ts), no I/O, run in parallel;
// - integration: tests/integration/*.int.test.ts against the real Neo4j the project starts,
//   one file at a time because they share one database that is wiped before each file;
// - e2e: tests/e2e/*.e2e.test.ts, the built web app in Debian's Chromium against the real server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['seed/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.ts', 'db/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          setupFiles: ['tests/setup/clean-database.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
