/**
 * One client cannot starve the others, over real HTTP against the real Neo4j: a query whose
 * aliases add up to too much database work is refused before it runs, and one within the limit
 * never holds more than a few database calls at once (counted, not timed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import { createExecutor, MAX_CONCURRENT_CALLS_PER_REQUEST } from '../../server/db/executor.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { countCalls, type CountingExecutor } from '../setup/counting-executor.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
let api: TestApi;
let counter: CountingExecutor;
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

beforeAll(async () => {
  await ensureSchema({ driver, database });
  const articles = [
    { title: 'Row', url: 'https://t.test/l1', published: '2021-02-10', text: 'Chile accused Peru of violating the maritime border.' },
    { title: 'Praise', url: 'https://t.test/l2', published: '2022-03-01', text: 'Chile praised Bolivia for its restraint.' },
  ];
  await loadExtractions({ driver, database }, articles.map((a) => extractArticle(a)));
  counter = countCalls(createExecutor(driver, database));
  api = await startApi(driver, database, { db: counter });
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('one request cannot take the database from the others', () => {
  it('refuses 500 aliases of stats by their size, before validating them or calling the database', async () => {
    counter.reset();
    const { status, body } = await api.gql(aliases(500, 'stats { articles }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/contains more th.. 2000 tokens/) // graphql-js writes "more that";
    expect(counter.calls).toBe(0);
  });

  it('refuses 100 aliases of stats by their cost, before any database call', async () => {
    counter.reset();
    const { status, body } = await api.gql(aliases(100, 'stats { articles }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/would cost \d+; the limit is 50000/);
    expect(counter.calls).toBe(0);
  });

  it('runs a request of many aliases with at most a few database calls at a time', async () => {
    counter.reset();
    const { body } = await api.gql(aliases(40, 'relations(first: 5) { totalCount nodes { id } }'));
    expect(body.errors).toBeUndefined();
    expect(body.data.a39.totalCount).toBe(2);
    expect(counter.calls).toBeGreaterThanOrEqual(80); // a page and a count per alias
    expect(counter.maxInFlight).toBe(MAX_CONCURRENT_CALLS_PER_REQUEST);
  });

  it('gives each request its own share: two such requests together hold at most twice the bound', async () => {
    counter.reset();
    const query = aliases(30, 'search(text: "chile") { score }');
    const results = await Promise.all([api.gql(query), api.gql(query)]);
    for (const { body } of results) expect(body.errors).toBeUndefined();
    expect(counter.maxInFlight).toBeLessThanOrEqual(2 * MAX_CONCURRENT_CALLS_PER_REQUEST);
    expect(counter.maxInFlight).toBeGreaterThan(MAX_CONCURRENT_CALLS_PER_REQUEST - 1);
  });
});
