/**
 * What one request may take, over real HTTP against the real Neo4j: the cost limit counts what
 * will really run (each page at its default size, a variable at its value), so the nested query
 * of issue 19 and its aliased and concurrent forms are refused before any database call; an
 * accepted request is bounded by a deadline and a cap on what it reads, and never holds more than
 * a few database calls at once (counted, not timed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import { createExecutor, MAX_CONCURRENT_CALLS_PER_REQUEST, scopeToRequest } from '../../server/db/executor.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { countCalls, type CountingExecutor } from '../setup/counting-executor.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
let api: TestApi;
let counter: CountingExecutor;
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const costIn = (message: string | undefined) => Number(/would cost (\d+)/.exec(message ?? '')?.[1]);

/** Issue 19's query: 50 entities by default, 20 relations each, each end's 20 relations again. */
const NESTED_FIELD = 'entities { nodes { relations { nodes { source { relations { nodes { target { id } } } } } } } }';
const NESTED = `{ ${NESTED_FIELD} }`;

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

describe('the cost limit counts what will really run', () => {
  it("refuses issue 19's nested query by the cost of its default pages, before any database call", async () => {
    counter.reset();
    const { status, body } = await api.gql(NESTED);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/would cost \d+; the limit is 50000/);
    const written = await api.gql('{ entities(first: 50) { nodes { relations(first: 20) { nodes { source { relations(first: 20) { nodes { target { id } } } } } } } } }');
    expect(costIn(body.errors?.[0]?.message)).toBe(costIn(written.body.errors?.[0]?.message));
    expect(counter.calls).toBe(0);
  });

  it('refuses its 40-alias form and four concurrent copies, none reaching the database, while /healthz answers', async () => {
    counter.reset();
    const [aliased, ...concurrent] = await Promise.all([api.gql(aliases(40, NESTED_FIELD)), ...Array.from({ length: 4 }, () => api.gql(NESTED))]);
    for (const { status, body } of [aliased!, ...concurrent]) {
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    expect(costIn(aliased!.body.errors?.[0]?.message)).toBeGreaterThan(39 * costIn(concurrent[0]!.body.errors?.[0]?.message));
    expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
    expect(counter.calls).toBe(0);
  });

  it('serves the same shape with small pages, and says what it cost', async () => {
    const { status, body } = await api.gql('{ entities(first: 5) { nodes { relations(first: 5) { nodes { source { relations(first: 5) { nodes { target { id } } } } } } } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.entities.nodes.length).toBeGreaterThan(0);
    expect(body.extensions.cost.estimated).toBeGreaterThan(0);
    expect(body.extensions.cost.estimated).toBeLessThan(body.extensions.cost.limit);
  });

  it('counts a page given by a variable at the value sent', async () => {
    const query = `query ($n: Int) { entities(first: $n) { nodes { relations(first: $n) { nodes { source { relations(first: $n) { nodes { target { id } } } } } } } } }`;
    expect((await api.gql(query, { n: 40 })).body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await api.gql(query, { n: 3 })).body.errors).toBeUndefined();
  });

  it('refuses 500 aliases of stats by their size, before validating them or calling the database', async () => {
    counter.reset();
    const { status, body } = await api.gql(aliases(500, 'stats { articles }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/contains more th.. 2000 tokens/); // graphql-js writes "more that"
    expect(counter.calls).toBe(0);
  });

  it('refuses 300 aliases of stats by their cost, before any database call', async () => {
    counter.reset();
    const { status, body } = await api.gql(aliases(300, 'stats { articles }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/would cost \d+; the limit is 50000/);
    expect(counter.calls).toBe(0);
  });
});

describe('an accepted request is bounded on the server', () => {
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

  it('starts no database call after the request deadline, and says TIMEOUT', async () => {
    const counted = countCalls(createExecutor(driver, database));
    const late = await startApi(driver, database, { db: counted, limits: { requestTimeoutMs: 0 } });
    try {
      const { status, body } = await late.gql('{ relation(id: "ACCUSES:x") { id } article(id: "url:https://t.test/l1") { id } }');
      expect(status).toBe(200);
      expect(body.errors?.map((e) => e.extensions.code)).toEqual(['TIMEOUT', 'TIMEOUT']);
      expect(body.errors?.[0]?.message).toMatch(/took too long/);
      expect(counted.calls).toBe(0); // the request's scope refused them before the shared executor
    } finally {
      await late.close();
    }
  });

  it('caps what one request reads from the database: RESULT_TOO_LARGE past the cap, answered under a larger one', async () => {
    const query = '{ relations(first: 5) { nodes { id type source { id name aliases } target { id name aliases } } } }';
    const small = await startApi(driver, database, { limits: { maxResultBytes: 300 } });
    const large = await startApi(driver, database, { limits: { maxResultBytes: 1_000_000 } });
    try {
      const refused = await small.gql(query);
      expect(refused.body.errors?.[0]?.extensions.code).toBe('RESULT_TOO_LARGE');
      expect(refused.body.errors?.[0]?.message).toMatch(/read more than/);
      const answered = await large.gql(query);
      expect(answered.body.errors).toBeUndefined();
      expect(answered.body.data.relations.nodes).toHaveLength(2);
    } finally {
      await small.close();
      await large.close();
    }
  });

  it("stops a transaction still running at its request's deadline (Neo4j's transaction timeout is what is left)", async () => {
    const db = scopeToRequest(createExecutor(driver, database), { startedAt: performance.now(), deadline: performance.now() + 500, cost: 0, maxResultBytes: 1e9 });
    // Minutes of counting if nothing stopped it.
    const slow = 'UNWIND range(1, 10000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
    await expect(db.read(slow)).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    const running = async () =>
      (await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $q RETURN count(*) AS n', { q: 'x % 7 = 3' }, { database })).records[0]?.get('n');
    await expect.poll(running, { timeout: 30_000 }).toEqual(0);
  });
});
