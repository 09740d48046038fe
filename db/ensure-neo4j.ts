/**
 * Connects to the Neo4j the environment names; when NEO4J_URI is unset and the local Neo4j is
 * not running, starts it first. Returns the driver and whether this call started the server.
 */
import type { Driver } from 'neo4j-driver';
import { createDriver, readConnectionSettings, type ConnectionSettings } from './connection.ts';
import { readLocalSettings } from './local-settings.ts';
import { localStatus, startLocal } from './neo4j-local.ts';

export interface Connected {
  driver: Driver;
  settings: ConnectionSettings;
  startedLocal: boolean;
}

export async function connectNeo4j(log: (line: string) => void = console.log): Promise<Connected> {
  let startedLocal = false;
  if (!process.env.NEO4J_URI) {
    const local = readLocalSettings();
    if (!localStatus(local).running) startedLocal = (await startLocal(local, log)).started;
  }
  const settings = readConnectionSettings();
  const driver = createDriver(settings);
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${settings.uri}: ${(error as Error).message}`);
  }
  return { driver, settings, startedLocal };
}
