/**
 * The only code in server/ that calls the driver: reads as auto-commit queries in READ sessions,
 * writes through executeWrite (so a cluster routes both, and writes are retried), each with a
 * transaction timeout; records come back as plain JS objects (integers are numbers: the driver is
 * created with disableLosslessIntegers). A read is one RUN: a managed transaction adds a BEGIN
 * and a COMMIT, whose socket writes were 7 % of the server thread at 50 clients.
 * Calls wait their turn in one CallScheduler; a request's calls go through its own scope
 * (scopeToRequest): a deadline for all of them, a cap on what they read, a few at a time.
 */
import { availableParallelism } from 'node:os';
import type { Driver } from 'neo4j-driver';
import pLimit from 'p-limit';
import { toCypherParams } from '../../db/connection.ts';
import { EntenteError, ErrorCode, mapDriverError } from '../errors.ts';
import { CallScheduler, type Lane, type SchedulerTotals, type Ticket } from './scheduler.ts';

/** What one call may take, and where it counts what it read. */
export interface CallOptions {
  /** Transaction timeout in ms (at most the executor's own). */
  timeoutMs?: number;
  /** Its place in the database queue (default: due now, light, no deadline beyond the timeout). */
  ticket?: Ticket;
  /** Adds the approximate size of the records read; the call fails once the tally is over its limit. */
  tally?: ResultTally;
}

export interface ResultTally {
  bytes: number;
  readonly maxBytes: number;
}

export interface Executor {
  read<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>, options?: CallOptions): Promise<T[]>;
  write<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>, options?: CallOptions): Promise<T[]>;
  readonly driver: Driver;
  readonly database: string;
  /** The shared executor's queue totals (CallScheduler); absent on the wrappers. */
  readonly queue?: SchedulerTotals;
}

export interface ExecutorOptions {
  /** Longest transaction, in ms. */
  timeoutMs?: number;
  /** Database calls running at once, all requests together (ENTENTE_DB_CONCURRENCY). */
  slots?: number;
}

/** Default database calls at once: twice the cores, so Neo4j's threads stay busy while results travel. */
export const DEFAULT_SLOTS = Math.max(4, 2 * availableParallelism());

export const timedOut = () =>
  new EntenteError(ErrorCode.TIMEOUT, 'The request took too long and was stopped; ask for less (a smaller first or limit, narrower filters, fewer aliases).');

export function createExecutor(driver: Driver, database: string, options: ExecutorOptions | number = {}): Executor {
  const { timeoutMs = 10_000, slots = DEFAULT_SLOTS } = typeof options === 'number' ? { timeoutMs: options } : options;
  const scheduler = new CallScheduler(slots);
  const runIn = async <T>(mode: 'read' | 'write', cypher: string, params: Record<string, unknown>, call: CallOptions): Promise<T[]> => {
    const session = driver.session({ database, defaultAccessMode: mode === 'read' ? 'READ' : 'WRITE' });
    try {
      const timeout = Math.max(1, Math.min(timeoutMs, Math.round(call.timeoutMs ?? timeoutMs)));
      const toRows = (result: { records: { toObject(): unknown }[] }) => result.records.map((r) => toPlain(r.toObject(), call.tally) as T);
      const rows =
        mode === 'read'
          ? toRows(await retryOnce(() => withoutStack(() => session.run(cypher, toCypherParams(params), { timeout }))))
          : await session.executeWrite(async (tx) => toRows(await tx.run(cypher, toCypherParams(params))), { timeout });
      if (call.tally && call.tally.bytes > call.tally.maxBytes) throw resultTooLarge(call.tally.maxBytes);
      return rows;
    } catch (error) {
      const mapped = mapDriverError(error);
      // Operators see what the database said; callers see only the mapped message.
      if (mapped.extensions.code !== 'SERVICE_UNAVAILABLE' && !(error instanceof EntenteError)) console.error(`neo4j: ${(error as Error).message?.split('\n')[0]}`);
      throw mapped;
    } finally {
      await session.close();
    }
  };
  const schedule = <T>(mode: 'read' | 'write', cypher: string, params: Record<string, unknown>, call: CallOptions): Promise<T[]> => {
    const now = performance.now();
    const ticket = call.ticket ?? { due: now, lane: 0, deadline: now + timeoutMs };
    return scheduler.run(ticket, () => runIn<T>(mode, cypher, params, call), timedOut);
  };
  return {
    driver,
    database,
    queue: scheduler.totals,
    read: (cypher, params = {}, call = {}) => schedule('read', cypher, params, call),
    write: (cypher, params = {}, call = {}) => schedule('write', cypher, params, call),
  };
}

/** Schema statements run or running, per driver, by database and statement. */
const ensured = new WeakMap<Driver, Map<string, Promise<void>>>();

/**
 * Runs a schema statement (`CREATE CONSTRAINT … IF NOT EXISTS`) once per driver and database,
 * however many executors (one per request: scopeToRequest) ask for it: callers at the same time
 * share the one run, and a run that failed is tried again by the next caller.
 */
export function ensureSchemaOnce(db: Executor, statement: string): Promise<void> {
  let runs = ensured.get(db.driver);
  if (!runs) ensured.set(db.driver, (runs = new Map()));
  const key = `${db.database}\n${statement}`;
  const known = runs.get(key);
  if (known) return known;
  const run = db.write(statement).then(() => undefined);
  runs.set(key, run);
  run.catch(() => {
    if (runs.get(key) === run) runs.delete(key);
  });
  return run;
}

/**
 * Starts a query without the stack the driver captures for each one (its errors get the caller's
 * stack): under tsx, source maps make a captured stack cost 120–160 µs, against 3–5 µs without
 * frames. A driver error keeps its message and code, which is all this module logs or maps.
 */
function withoutStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Runs a read again once when the driver says its failure is transient (a leader switch, a restarting server). */
async function retryOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as { retryable?: boolean }).retryable !== true) throw error;
    return run();
  }
}

const resultTooLarge = (maxBytes: number) =>
  new EntenteError(ErrorCode.RESULT_TOO_LARGE, `The request read more than ${Math.round(maxBytes / 1048576)} MB from the database; ask for fewer items or fewer fields.`);

/**
 * Database calls one GraphQL request may run at once. Aliases and sibling fields resolve in
 * parallel: without a bound, one request of 50 aliases would fill the queue ahead of every
 * other client. With it, a request's calls queue inside that request.
 */
export const MAX_CONCURRENT_CALLS_PER_REQUEST = 4;

/** What a request's calls share: set when the request starts, `cost` once it is estimated. */
export interface RequestScope {
  /** performance.now() when the request arrived. */
  startedAt: number;
  /** performance.now() after which its calls are refused and its transactions time out. */
  deadline: number;
  /** Estimated cost (server/limits.ts); 0 until known. */
  cost: number;
  /** Most bytes its calls may read, all together. */
  maxResultBytes: number;
}

/**
 * How much later than its arrival a request's calls are due, per cost point, up to half its time:
 * when the database is busy, cheaper requests go first (a search before a depth-2 neighborhood),
 * and a heavy one still starts by the middle of its time. An idle database runs every call at once.
 */
export const DUE_MS_PER_POINT = 1;
/**
 * Lanes by cost (CallScheduler): from MEDIUM_COST on, a request's calls leave one slot to lighter
 * ones; from HEAVY_COST on, they share one slot with the other heavy requests. The explorer's
 * searches, entities and depth-1 neighborhoods are light; a depth-2 neighborhood or an expansion to
 * 2,000 edges medium; an article with all its mentions, many aliases or nested pages heavy.
 */
export const MEDIUM_COST = 1_000;
export const HEAVY_COST = 10_000;

/** The lane of a request of this estimated cost. */
export const laneOf = (cost: number): Lane => (cost >= HEAVY_COST ? 2 : cost >= MEDIUM_COST ? 1 : 0);

/**
 * The executor as one request sees it: at most `max` calls at a time (the rest wait inside the
 * request), each due by the request's arrival and cost, with a transaction timeout of what is
 * left before its deadline; refused once the deadline has passed or the results read exceed the cap.
 */
export function scopeToRequest(db: Executor, scope: RequestScope, max = MAX_CONCURRENT_CALLS_PER_REQUEST): Executor {
  const limit = pLimit(max);
  const tally: ResultTally = { bytes: 0, maxBytes: scope.maxResultBytes };
  const options = (): CallOptions => {
    const remaining = scope.deadline - performance.now();
    if (remaining <= 0) throw timedOut();
    if (tally.bytes > tally.maxBytes) throw resultTooLarge(tally.maxBytes);
    const delay = Math.min(scope.cost * DUE_MS_PER_POINT, (scope.deadline - scope.startedAt) / 2);
    const ticket = { due: scope.startedAt + delay, lane: laneOf(scope.cost), deadline: scope.deadline };
    return { timeoutMs: remaining, ticket, tally };
  };
  return {
    driver: db.driver,
    database: db.database,
    read: (cypher, params) => limit(() => db.read(cypher, params, options())),
    write: (cypher, params) => limit(() => db.write(cypher, params, options())),
  };
}

/**
 * Nodes and relationships to their properties; everything else as is. Lists and maps the driver
 * made for this record are changed in place (no copies: results can be large). Adds an estimate
 * of the size to `tally`.
 */
function toPlain(value: unknown, tally: ResultTally | undefined): unknown {
  if (typeof value === 'string') {
    if (tally) tally.bytes += value.length + 8;
    return value;
  }
  if (tally) tally.bytes += 8;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i], tally);
    return value;
  }
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('properties' in v && ('labels' in v || 'type' in v)) return toPlain(v.properties, tally);
    for (const k of Object.keys(v)) v[k] = toPlain(v[k], tally);
    return v;
  }
  return value;
}
