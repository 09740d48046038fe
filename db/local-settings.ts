/**
 * Settings of the project's local Neo4j (the embedded launcher in db/), read from the
 * environment once. Everything else reaches Neo4j through db/connection.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface LocalNeo4jSettings {
  /** Data folder: store, logs, pid file and the generated password. */
  dataDir: string;
  port: number;
  /** JVM heap, e.g. "1g" (passed as -Xms and -Xmx). */
  heap: string;
  /** Neo4j page cache, e.g. "512m". */
  pageCache: string;
  uri: string;
}

/** Reads ENTENTE_NEO4J_DATA, ENTENTE_NEO4J_PORT, ENTENTE_NEO4J_HEAP, ENTENTE_NEO4J_PAGECACHE. */
export function readLocalSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const port = Number(env.ENTENTE_NEO4J_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`ENTENTE_NEO4J_PORT must be a port number, got "${env.ENTENTE_NEO4J_PORT}"`);
  }
  const size = /^\d+[kmg]?$/i;
  const heap = env.ENTENTE_NEO4J_HEAP ?? '1g';
  const pageCache = env.ENTENTE_NEO4J_PAGECACHE ?? '512m';
  for (const [name, value] of [['ENTENTE_NEO4J_HEAP', heap], ['ENTENTE_NEO4J_PAGECACHE', pageCache]] as const) {
    if (!size.test(value)) throw new Error(`${name} must be a size such as 512m or 2g, got "${value}"`);
  }
  return {
    dataDir: resolve(PROJECT_ROOT, env.ENTENTE_NEO4J_DATA ?? '.data/neo4j'),
    port,
    heap,
    pageCache,
    uri: `bolt://127.0.0.1:${port}`,
  };
}

/** Where the generated password of the local Neo4j is kept (mode 0600). */
export function passwordFile(settings: LocalNeo4jSettings): string {
  return join(settings.dataDir, 'password');
}

/** The local Neo4j's password: NEO4J_PASSWORD, else the generated one, else undefined. */
export function readLocalPassword(settings: LocalNeo4jSettings, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NEO4J_PASSWORD) return env.NEO4J_PASSWORD;
  try {
    return readFileSync(passwordFile(settings), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
