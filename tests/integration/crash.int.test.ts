/**
 * Crash guarantees, tested by killing for real: the seed process with kill -9 in the middle of a
 * batch, and Neo4j with kill -9 in the middle of a run. After a re-run, the graph must be the
 * one a clean run builds (a full dump compared), and hold every invariant.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { createDriver } from '../../db/connection.ts';
import { PROJECT_ROOT, readLocalSettings } from '../../db/local-settings.ts';
import { localStatus, startLocal } from '../../db/neo4j-local.ts';
import { wipeDatabase } from '../../db/wipe.ts';
import { checkGraph } from '../../seed/check/check.ts';
import { DatabaseUnavailableError, ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { seedPaths } from '../../seed/seed-cli.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const settings = inject('neo4j');
let { driver } = openTestDriver();
const { database } = openTestDriver();
const ARTICLES = 60;
const BATCH = 10;
const dir = mkdtempSync(join(tmpdir(), 'entente-crash-'));
let clean: string[] = [];

const articleCount = async () => Number((await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database, routing: 'READ' })).records[0]?.get('n'));
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Polls until more than one batch is committed (and the run is not over), then calls `kill`. */
async function killAfterFirstBatches(kill: () => void, isRunning: () => boolean): Promise<number> {
  for (;;) {
    const n = await articleCount();
    if (n >= BATCH * 2 || !isRunning()) {
      kill();
      return n;
    }
    await sleep(20);
  }
}

beforeAll(async () => {
  // Synthetic articles (templates over the gazetteer's countries), about 250 words each.
  writeFileSync(join(dir, 'corpus.jsonl'), generateCorpus(ARTICLES, 250, 7).map((a) => JSON.stringify(a)).join('\n'));
  await ensureSchema({ driver, database });
  await seedPaths({ driver, database }, [dir], { batchSize: BATCH });
  clean = await dumpGraph(driver, database);
  expect(clean.length).toBeGreaterThan(ARTICLES * 5);
  await wipeDatabase(driver, database);
});
afterAll(async () => {
  if (settings.isLocal && !localStatus(readLocalSettings()).running) await startLocal(readLocalSettings(), () => {});
  await driver.close();
});

describe('crash guarantees', () => {
  it('kill -9 of the seed process mid-batch, then a re-run: the graph of a clean run', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/seed-cli.ts', '--batch-size', String(BATCH), dir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let running = true;
    void exited.then(() => (running = false));
    const atKill = await killAfterFirstBatches(() => child.kill('SIGKILL'), () => running);
    expect(await exited).toBe('SIGKILL');
    const kept = await articleCount();
    expect(kept).toBeGreaterThanOrEqual(atKill);
    expect(kept).toBeLessThan(ARTICLES); // killed before the end
    expect(kept % BATCH).toBe(0); // whole batches only: the one in flight left nothing behind

    const rerun = await seedPaths({ driver, database }, [dir], { batchSize: BATCH });
    expect(rerun.counts).toEqual({ new: ARTICLES - kept, updated: 0, unchanged: kept, failed: 0 });
    expect(await dumpGraph(driver, database)).toEqual(clean);
    expect((await checkGraph({ driver, database })).violations).toEqual([]);
  }, 120_000);

  it.skipIf(!settings.isLocal)('kill -9 of Neo4j mid-run: the run stops with a clear error, and a re-run gives the graph of a clean run', async () => {
    await wipeDatabase(driver, database);
    const local = readLocalSettings();
    const pid = localStatus(local).pid as number;
    // A driver that gives up quickly once Neo4j is gone (the seed's own retries for 30 s).
    const seedDriver = createDriver(settings, { maxRetryMs: 1_000 });
    let running = true;
    const run = seedPaths({ driver: seedDriver, database }, [dir], { batchSize: BATCH }).finally(() => (running = false));
    run.catch(() => {});
    await killAfterFirstBatches(() => process.kill(pid, 'SIGKILL'), () => running);
    await expect(run).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(run).rejects.toThrow(/Neo4j became unreachable .*articles of this run were loaded before that and are kept/);
    await seedDriver.close();

    // The JVM takes a moment to go after kill -9: start again only once it is gone.
    for (let waited = 0; localStatus(local).running && waited < 60_000; waited += 100) await sleep(100);
    await startLocal(local, () => {});
    await driver.close();
    driver = openTestDriver().driver;
    const kept = await articleCount();
    expect(kept).toBeLessThan(ARTICLES);
    const rerun = await seedPaths({ driver, database }, [dir], { batchSize: BATCH });
    expect(rerun.counts).toEqual({ new: ARTICLES - kept, updated: 0, unchanged: kept, failed: 0 });
    expect(await dumpGraph(driver, database)).toEqual(clean);
    expect((await checkGraph({ driver, database })).violations).toEqual([]);
  }, 600_000); // a restart after kill -9 replays the log: 30 s on a quiet machine, minutes on a busy one
});
