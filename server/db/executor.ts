/**
 * The only code in server/ that calls the driver: reads through executeRead, writes through
 * executeWrite (so a cluster routes them), each with a transaction timeout; records come back
 * as plain JS objects (integers are numbers: the driver is created with disableLosslessIntegers).
 */
import type { Driver } from 'neo4j-driver';
import pLimit from 'p-limit';
import { toCypherParams } from '../../db/connection.ts';
import { mapDriverError } from '../errors.ts';

export interface Executor {
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  write<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  readonly driver: Driver;
  readonly database: string;
}

export function createExecutor(driver: Driver, database: string, timeoutMs = 10_000): Executor {
  const runIn = async <T>(mode: 'read' | 'write', cypher: string, params: Record<string, unknown>): Promise<T[]> => {
    const session = driver.session({ database, defaultAccessMode: mode === 'read' ? 'READ' : 'WRITE' });
    try {
      const work = async (tx: { run: (q: string, p: Record<string, unknown>) => Promise<{ records: { toObject(): unknown }[] }> }) =>
        (await tx.run(cypher, toCypherParams(params))).records.map((r) => toPlain(r.toObject()) as T);
      const config = { timeout: timeoutMs };
      return mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      const mapped = mapDriverError(error);
      // Operators see what the database said; callers see only the mapped message.
      if (mapped.extensions.code !== 'SERVICE_UNAVAILABLE') console.error(`neo4j: ${(error as Error).message?.split('\n')[0]}`);
      throw mapped;
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    database,
    read: (cypher, params = {}) => runIn('read', cypher, params),
    write: (cypher, params = {}) => runIn('write', cypher, params),
  };
}

/**
 * Database calls one GraphQL request may run at once. Aliases and sibling fields resolve in
 * parallel: without a bound, one request of 50 aliases takes every pooled connection (50) and
 * every other client waits. With it, a request's calls queue inside that request.
 */
export const MAX_CONCURRENT_CALLS_PER_REQUEST = 4;

/** The same executor, running at most `max` of the calls made through it at a time (the rest wait their turn). */
export function limitConcurrency(db: Executor, max = MAX_CONCURRENT_CALLS_PER_REQUEST): Executor {
  const limit = pLimit(max);
  return {
    driver: db.driver,
    database: db.database,
    read: (cypher, params) => limit(() => db.read(cypher, params)),
    write: (cypher, params) => limit(() => db.write(cypher, params)),
  };
}

/** Nodes and relationships to their properties; everything else as is. */
function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('properties' in v && ('labels' in v || 'type' in v)) return toPlain(v.properties);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
