/** Before each integration test file: an empty database (data only; constraints and indexes stay). */
import { beforeAll } from 'vitest';
import { openTestDriver } from './test-driver.ts';

beforeAll(async () => {
  const { driver, database } = openTestDriver();
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
  } finally {
    await driver.close();
  }
});
