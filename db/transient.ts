/**
 * Transient Neo4j failures (deadlocks, lock timeouts: Neo.TransientError.*) retried with
 * exponential backoff and jitter. The driver's transaction functions retry them too, but only
 * for maxTransactionRetryTime, which an API keeps short; writes that contend for the same
 * entities (24 articles naming the same countries at once) need a few more tries, spread out.
 */
import { isRetryableError } from 'neo4j-driver';
import { isUnavailableError } from './connection.ts';

export interface RetryOptions {
  /** Tries in all, the first included (default 6). */
  attempts?: number;
  /** Delay before the first retry, doubled each time, ±50 % jitter (default 100 ms). */
  baseDelayMs?: number;
  /** Called before each retry, for logs. */
  onRetry?: (error: unknown, attempt: number) => void;
}

/** True for a failure that the same transaction may not meet again (a deadlock); an unreachable server is not retried here. */
export function isTransientError(error: unknown): boolean {
  return isRetryableError(error) && !isUnavailableError(error);
}

/** Runs `work` (a whole transaction), again after a transient failure, up to `attempts` times. */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseDelayMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientError(error)) throw error;
      options.onRetry?.(error, attempt);
      const delay = base * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((done) => setTimeout(done, delay));
    }
  }
}
