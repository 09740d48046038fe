/**
 * Extraction off the event loop: a 1 MB article takes seconds of CPU, which on the server's own
 * thread would stall every request (even /healthz). A small Piscina pool of worker threads runs
 * it; the server thread only awaits the result.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article, Extraction } from '../seed/types.ts';

export interface Extractor {
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

const WORKER = new URL('./workers/extract-worker.mjs', import.meta.url).href;

/** A pool of extraction threads: one core is left to the server thread and Neo4j. */
export function createExtractPool(maxThreads = Math.max(1, availableParallelism() - 1)): Extractor {
  // Threads start on the first ingest and stop when idle: a read-only server holds none.
  const pool = new Piscina({ filename: WORKER, minThreads: 0, maxThreads, idleTimeout: 30_000 });
  return {
    extract: (article) => pool.run(article) as Promise<Extraction>,
    close: () => pool.destroy(),
  };
}
