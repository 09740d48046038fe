import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../db/connection.ts';
import { wipeDatabase } from '../../db/wipe.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { DatabaseUnavailableError, ensureSchema, loadExtraction } from '../../seed/load/neo4j-loader.ts';
import { extractAndLoad, type PipelineInput } from '../../seed/pipeline.ts';
import type { Article } from '../../seed/types.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const dump = () => dumpGraph(driver, database);

const pairs = [
  ['Norway', 'Germany', 'supplies natural gas to'],
  ['France', 'Mali', 'accused'],
  ['Japan', 'India', 'praised'],
  ['Turkey', 'Greece', 'warned'],
  ['Canada', 'Mexico', 'signed a trade agreement with'],
  ['Egypt', 'Sudan', 'urged'],
  ['Norway', 'Germany', 'praised'],
] as const;
const articles: Article[] = pairs.map(([a, b, verb], i) => ({
  title: `Report ${i + 1}`,
  url: `https://pipeline.test/${i + 1}`,
  published: `2025-03-0${i + 1}`,
  source: i % 2 ? 'Wire A' : 'Wire B',
  text: `${a} ${verb} ${b} on Monday. Officials in ${a} declined to comment.`,
}));

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('the seed pipeline (extraction overlapping batched loads)', () => {
  it('builds the same graph as loading article by article, and reports a failed input without stopping', async () => {
    const inputs: PipelineInput[] = [{ articles: articles.slice(0, 3) }, { error: 'broken.html: could not be parsed' }, { articles: articles.slice(3) }];
    const loaded: number[] = [];
    const summary = await extractAndLoad(target, inputs, { batchSize: 2, onLoaded: (n) => loaded.push(n) });
    expect(summary.counts).toEqual({ new: articles.length, updated: 0, unchanged: 0, failed: 1 });
    expect(summary.failures).toEqual(['broken.html: could not be parsed']);
    expect(loaded).toEqual([2, 4, 6, 7]);
    const piped = await dump();
    expect(piped.some((line) => line.startsWith('SUPPLIES Q20->Q183'))).toBe(true);

    await wipeDatabase(driver, database);
    for (const article of articles) await loadExtraction(target, extractArticle(article));
    expect(piped).toEqual(await dump());
  });

  it('loads batches in input order: a repeated article in a later batch is unchanged, a second run changes nothing', async () => {
    const before = await dump();
    const summary = await extractAndLoad(target, [{ articles: [...articles, articles[0] as Article] }], { batchSize: 3 });
    expect(summary.counts).toEqual({ new: 0, updated: 0, unchanged: articles.length + 1, failed: 0 });
    expect(await dump()).toEqual(before);

    await wipeDatabase(driver, database);
    const fresh = await extractAndLoad(target, [{ articles: [...articles, articles[0] as Article] }], { batchSize: 3 });
    expect(fresh.counts).toEqual({ new: articles.length, updated: 0, unchanged: 1, failed: 0 });
    expect(await dump()).toEqual(before);
  });

  it('stops with one clear error when Neo4j cannot be reached, instead of trying every article on its own', async () => {
    // Nothing listens on port 1: every transaction fails to connect (retried for one second).
    const unreachable = createDriver({ ...inject('neo4j'), uri: 'bolt://127.0.0.1:1' }, { maxRetryMs: 1_000 });
    try {
      const run = extractAndLoad({ driver: unreachable, database }, [{ articles }], { batchSize: 3 });
      await expect(run).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(run).rejects.toThrow(/Neo4j became unreachable .*; 0 articles of this run were loaded/);
    } finally {
      await unreachable.close();
    }
  });
});
