// Piscina worker: extracts one article off the server's event loop. Plain JavaScript so that a
// worker thread can start it whatever runs the server (tsx for npm start and npm run serve,
// vitest in tests); it loads the TypeScript extractor through tsx's module API.
import { tsImport } from 'tsx/esm/api';

const { extractArticle } = await tsImport('../../seed/extract/extract.ts', import.meta.url);

/** @param {import('../../seed/types.ts').Article} article */
export default function extract(article) {
  return extractArticle(article);
}
