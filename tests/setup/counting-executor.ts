/** An executor that counts the database calls in flight, for tests that bound concurrency without timing anything. */
import type { Executor } from '../../server/db/executor.ts';

export interface CountingExecutor extends Executor {
  /** Most calls that were in flight at once since the last reset. */
  readonly maxInFlight: number;
  readonly calls: number;
  reset(): void;
}

export function countCalls(db: Executor): CountingExecutor {
  let inFlight = 0;
  let maxInFlight = 0;
  let calls = 0;
  const counted = async <T>(run: () => Promise<T>): Promise<T> => {
    inFlight++;
    calls++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await run();
    } finally {
      inFlight--;
    }
  };
  return {
    driver: db.driver,
    database: db.database,
    read: (cypher, params, options) => counted(() => db.read(cypher, params, options)),
    write: (cypher, params, options) => counted(() => db.write(cypher, params, options)),
    get maxInFlight() {
      return maxInFlight;
    },
    get calls() {
      return calls;
    },
    reset() {
      maxInFlight = 0;
      calls = 0;
    },
  };
}
