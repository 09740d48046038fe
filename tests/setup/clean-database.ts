/** Before each integration test file: an empty database (data only; constraints and indexes stay). */
import { beforeAll } from 'vitest';
import { wipeDatabase } from '../../db/wipe.ts';
import { openTestDriver } from './test-driver.ts';

beforeAll(async () => {
  const { driver, database } = openTestDriver();
  try {
    await wipeDatabase(driver, database);
  } finally {
    await driver.close();
  }
});
