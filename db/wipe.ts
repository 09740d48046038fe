/**
 * Empties a database in bounded transactions: relationships first (a hub node with 100k
 * relationships cannot be DETACH DELETEd within the transaction memory limit), then nodes.
 */
import type { Driver } from 'neo4j-driver';

export async function wipeDatabase(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}
