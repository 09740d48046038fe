/**
 * The mutations' writes to the article graph (ingest, remove, merge, undo): one at a time in this
 * server, and retried on transient Neo4j errors. Loads of articles that name the same entities
 * deadlock each other inside Neo4j when they run at once (1 to 7 in 24 concurrent ingests failed);
 * one at a time they do not, and an article's load takes tens of milliseconds, while extraction,
 * the slow part, still runs in parallel in the worker pool. Writers outside this server (a seed
 * run) can still collide with it: those deadlocks are retried with backoff.
 */
import pLimit from 'p-limit';
import { retryTransient } from '../db/transient.ts';

const lane = pLimit(1);

/** Runs a write transaction after the server's other graph writes, retrying transient failures. */
export function runGraphWrite<T>(work: () => Promise<T>): Promise<T> {
  return lane(() => retryTransient(work, { onRetry: (error, attempt) => console.error(`graph write retried (attempt ${attempt + 1}): ${(error as Error).message?.split('\n')[0]}`) }));
}
