/**
 * Vitest global setup for integration tests: when NEO4J_URI is unset, starts the project's
 * local Neo4j (or reuses a running one) and stops it afterwards only if it started it.
 */
import type { TestProject } from 'vitest/node';
import { readConnectionSettings } from '../../db/connection.ts';
import { readLocalSettings } from '../../db/local-settings.ts';
import { startLocal, stopLocal } from '../../db/neo4j-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; isLocal: boolean };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let startedHere = false;
  if (!process.env.NEO4J_URI) {
    const result = await startLocal(readLocalSettings(), (line) => console.log(`[neo4j] ${line}`));
    startedHere = result.started;
  }
  project.provide('neo4j', readConnectionSettings());
  return async () => {
    if (startedHere) await stopLocal(readLocalSettings(), (line) => console.log(`[neo4j] ${line}`));
  };
}
