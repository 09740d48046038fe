/** A driver for the Neo4j the global setup provided. */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../db/connection.ts';

export function openTestDriver(): { driver: Driver; database: string } {
  const settings = inject('neo4j');
  return { driver: createDriver(settings), database: settings.database };
}
