import { defineConfig } from 'vite';

// The web app lives in web/; the server serves web/dist on the same port as /graphql.
export default defineConfig({
  root: 'web',
  // The explorer's panels are Preact components (JSX with Preact's runtime).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    // The explorer and the offline GraphQL IDE (GraphiQL) are two pages of one build.
    rollupOptions: {
      input: { main: 'web/index.html', graphiql: 'web/graphiql.html' },
      // GraphiQL's React dependencies carry "use client" directives, meaningless in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
