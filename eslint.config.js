// Lint: typescript-eslint's recommended rules plus the project's boundaries
// (docs/ARCHITECTURE.md): the web app reaches data only through GraphQL, and the pure stages
// of the seed pipeline do no I/O.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noIo = {
  paths: [
    { name: 'neo4j-driver', message: 'Pure stage: no database access here (seed/load/neo4j-loader.ts is the edge).' },
    { name: 'node:fs', message: 'Pure stage: no file access here (seed/parse/read-inputs.ts is the edge).' },
    { name: 'node:fs/promises', message: 'Pure stage: no file access here (seed/parse/read-inputs.ts is the edge).' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'db/target/', '.data/', 'server/generated/', 'tests/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'The web app talks only GraphQL.' }], patterns: [{ group: ['**/server/**', '**/seed/**', '**/db/**'], message: 'The web app talks only GraphQL (web/src/api.ts).' }] }],
    },
  },
  { files: ['seed/extract/**/*.ts', 'seed/gazetteer/**/*.ts', 'seed/load/plan.ts', 'seed/parse/parse.ts', 'seed/parse/text.ts', 'seed/parse/html.ts', 'seed/parse/feed.ts', 'seed/parse/jsonl.ts', 'seed/vocabulary.ts', 'seed/types.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', noIo] } },
  {
    // Tests and benchmarks poke at results of loosely typed sources (GraphQL JSON, the page's window.cy).
    files: ['tests/**/*.ts', 'bench/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
