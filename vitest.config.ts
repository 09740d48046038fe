import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql has no "exports" map: Node loads its CommonJS build (as Apollo Server does) while Vite
// would pick its ESM build, and two copies of graphql refuse each other's schemas. One copy for all.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Three kinds of tests, each with a stated purpose:
// - unit: pure functions beside the code (*.test.ts), no I/O, run in parallel;
// - integration: tests/integration/*.int.test.ts against the real Neo4j the project starts, and
//   tests/e2e/*.e2e.test.ts, the built web app in Debian's Chromium against the real server;
//   one file at a time because they share one database that is wiped before each file.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['seed/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.ts', 'db/**/*.test.ts'],
          // The first extraction of a file loads the gazetteer tables (seconds on a loaded machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          // browser-notice says in one line when the browser tests are skipped (no Chromium), and
          // builds the web app they drive when web/dist is missing or older than its sources.
          globalSetup: ['tests/setup/neo4j-global.ts', 'tests/setup/browser-notice.ts'],
          setupFiles: ['tests/setup/clean-database.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
