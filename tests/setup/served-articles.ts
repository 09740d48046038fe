/**
 * One test file's fixture: articles extracted and loaded into the test Neo4j, and the API served
 * over them on a free port (loaded before the file's tests, closed after them).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { wipeDatabase } from '../../db/wipe.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import type { Article } from '../../seed/types.ts';
import { startApi, type GqlResult, type TestApi } from './api-server.ts';
import { openTestDriver } from './test-driver.ts';

export interface ServedArticles {
  driver: ReturnType<typeof openTestDriver>['driver'];
  database: string;
  /** The API, once the articles are loaded (inside tests and later hooks). */
  api: () => TestApi;
  gql: (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
  /** Every entity's id by its name, once the articles are loaded. */
  ids: Record<string, string>;
}

/** `wipe`: start from an empty database, for tests that compare the whole graph or rank all of it. */
export function serveArticles(articles: Article[], { wipe = false } = {}): ServedArticles {
  const { driver, database } = openTestDriver();
  let api: TestApi | undefined;
  const ids: Record<string, string> = {};
  const started = () => {
    if (!api) throw new Error('the API starts in beforeAll; use it inside tests');
    return api;
  };
  beforeAll(async () => {
    await ensureSchema({ driver, database });
    if (wipe) await wipeDatabase(driver, database);
    const summary = await loadExtractions({ driver, database }, articles.map((a) => extractArticle(a)));
    expect(summary.failed).toBe(0);
    const rows = await driver.executeQuery('MATCH (e:Entity) RETURN e.name AS name, e.id AS id', {}, { database });
    for (const r of rows.records) ids[r.get('name') as string] = r.get('id') as string;
    api = await startApi(driver, database);
  });
  afterAll(async () => {
    await api?.close();
    await driver.close();
  });
  return { driver, database, api: started, gql: (query, variables = {}) => started().gql(query, variables), ids };
}
