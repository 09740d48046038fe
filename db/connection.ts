/**
 * The one place that turns NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE into a
 * driver. When NEO4J_URI is unset, the project's local Neo4j is meant (see db/neo4j-local.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { readLocalPassword, readLocalSettings } from './local-settings.ts';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when the project's own local Neo4j is meant (NEO4J_URI unset). */
  isLocal: boolean;
}

/** Resolves the connection from the environment; throws a message that says what to set. */
export function readConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const user = env.NEO4J_USER || 'neo4j';
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) {
      throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of that server.');
    }
    return { uri: env.NEO4J_URI, user, password: env.NEO4J_PASSWORD, database, isLocal: false };
  }
  const local = readLocalSettings(env);
  const password = readLocalPassword(local, env);
  if (!password) {
    throw new Error(
      `The local Neo4j has no password yet (${local.dataDir}): run "npm run db:start" first, ` +
        'or set NEO4J_URI and NEO4J_PASSWORD to use an existing Neo4j 5 server.',
    );
  }
  return { uri: local.uri, user, password, database, isLocal: true };
}

/** True when a driver error means the server cannot be reached (as opposed to a bad query or bad data). */
export function isUnavailableError(error: unknown): boolean {
  const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Connection was closed|Could not perform discovery|connect ECONN/i.test(message);
}

/** Creates a driver for the settings. Works with bolt://, neo4j://, neo4j+s:// (Aura, clusters). */
export function createDriver(settings: ConnectionSettings, options: { maxPoolSize?: number; maxRetryMs?: number } = {}): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 5_000,
    // How long executeRead/executeWrite retry transient failures (an API request should fail fast).
    maxTransactionRetryTime: options.maxRetryMs ?? 30_000,
    disableLosslessIntegers: true,
    userAgent: 'entente/0.1',
  });
}

/**
 * JS numbers reach Cypher as floats; LIMIT, list slices and offsets need integers. Converts
 * integer-valued numbers (recursively) to Neo4j integers. Applied at every driver call site.
 */
export function toCypherParams<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map(toCypherParams) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)])) as T;
  }
  return value;
}
