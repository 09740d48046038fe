import { describe, expect, inject, it } from 'vitest';
import { readLocalSettings } from '../../db/local-settings.ts';
import { localStatus, startLocal, stopLocal } from '../../db/neo4j-local.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const quiet = () => {};

describe('the local Neo4j', () => {
  it.skipIf(!inject('neo4j').isLocal)('keeps data written through the driver across db:stop and db:start', async () => {
    const marker = `restart-${Date.now()}`;
    const first = openTestDriver();
    await first.driver.executeQuery('CREATE (:RestartProbe {marker: $marker})', { marker }, { database: first.database });
    await first.driver.close();

    const settings = readLocalSettings();
    const pidBefore = localStatus(settings).pid;
    expect(await stopLocal(settings, quiet)).toBe(true);
    expect(localStatus(settings).running).toBe(false);
    const restarted = await startLocal(settings, quiet);
    expect(restarted.started).toBe(true);
    expect(localStatus(settings).pid).not.toBe(pidBefore);

    const second = openTestDriver();
    try {
      const { records } = await second.driver.executeQuery(
        'MATCH (p:RestartProbe {marker: $marker}) RETURN count(p) AS n',
        { marker },
        { database: second.database, routing: 'READ' },
      );
      expect(records[0]?.get('n')).toBe(1);
    } finally {
      await second.driver.close();
    }
  });

  it.skipIf(!inject('neo4j').isLocal)('says it is already running instead of starting twice', async () => {
    const lines: string[] = [];
    const result = await startLocal(readLocalSettings(), (line) => lines.push(line));
    expect(result.started).toBe(false);
    expect(lines.join('\n')).toMatch(/already running at bolt:\/\/127\.0\.0\.1:\d+/);
  });

  it('refuses a wrong password', async () => {
    const { createDriver } = await import('../../db/connection.ts');
    const settings = inject('neo4j');
    const driver = createDriver({ ...settings, password: `${settings.password}-wrong` });
    try {
      await expect(driver.verifyConnectivity()).rejects.toThrow(/unauthorized|authentication/i);
    } finally {
      await driver.close();
    }
  });
});
