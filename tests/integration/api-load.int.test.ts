/**
 * Fifty clients at once, over real HTTP: each from its own address (127.0.0.x), each sending the
 * mixed workload of bench/api (search, entity, neighborhood depth 1 and 2, relations page, paths)
 * with the default limits and budgets. Every answer is complete and error-free; nothing is timed
 * (bench/api measures how fast).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { RELATION_FIELDS, RELATION_ROW, toRelationRecord } from '../../server/db/relations.ts';
import { warmQueryPlans } from '../../server/db/warmup.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
let api: TestApi;
let sample: { id: string; name: string }[] = [];

const EDGE = 'id source target type class symmetric articleCount score firstSeen lastSeen';
const WORKLOAD: ((a: { id: string; name: string }, b: { id: string; name: string }) => [string, Record<string, unknown>])[] = [
  (a) => ['query ($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }', { t: a.name.slice(0, 4) }],
  (a) => ['query ($id: ID!) { entity(id: $id) { id name degree relationCounts { key count } relations(first: 20) { totalCount nodes { id type source { id name } target { id name } } } } }', { id: a.id }],
  (a) => [`query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 150) { nodes { id label degree } edges { ${EDGE} } truncated omitted { key count } } }`, { ids: [a.id] }],
  (a) => [`query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 500) { nodes { id label degree } edges { ${EDGE} } truncated omitted { key count } } }`, { ids: [a.id] }],
  (a) => ['query ($e: [ID!]) { relations(first: 50, filter: { entityIds: $e }) { totalCount nodes { id type source { id name } target { id name } } } }', { e: [a.id] }],
  (a, b) => ['query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, limit: 5) { length nodes { id label } edges { id type } } }', { a: a.id, b: b.id }],
];

beforeAll(async () => {
  await ensureSchema({ driver, database });
  const summary = await loadExtractions({ driver, database }, generateCorpus(60, 300, 19).map((a) => extractArticle(a)));
  expect(summary.failed).toBe(0);
  const records = await driver.executeQuery('MATCH (e:Entity) WITH e, COUNT { (e)--() } AS d ORDER BY d DESC, e.id LIMIT 20 RETURN e.id AS id, e.name AS name', {}, { database });
  sample = records.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
  api = await startApi(driver, database);
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('fifty clients at once', () => {
  it('answers every request of the mixed workload, in full and without errors', async () => {
    expect(sample.length).toBe(20);
    const clients = Array.from({ length: 50 }, async (_, i) => {
      const answers = [];
      for (let k = 0; k < WORKLOAD.length; k++) {
        const [query, variables] = WORKLOAD[(i + k) % WORKLOAD.length]!(sample[(i + k) % sample.length]!, sample[(i + 3 * k + 1) % sample.length]!);
        answers.push(await api.gqlFrom(`127.0.0.${i + 1}`, query, variables));
      }
      return answers;
    });
    const answers = (await Promise.all(clients)).flat();
    expect(answers).toHaveLength(300);
    const failures = answers.filter((a) => a.status !== 200 || a.body.errors);
    expect(failures.map((f) => f.body.errors?.[0]?.message ?? f.status)).toEqual([]);
    for (const a of answers) expect(Number(a.headers.get('ratelimit-remaining'))).toBeGreaterThan(0);
    const hoods = answers.filter((a) => a.body.data?.neighborhood).map((a) => a.body.data.neighborhood);
    expect(hoods.length).toBe(100);
    for (const hood of hoods) expect(hood.edges.length).toBeGreaterThan(0);
  });

  it('reads relations as rows (the hot paths) exactly as it reads them as maps', async () => {
    const db = createExecutor(driver, database);
    const rows = await db.read<{ map: Record<string, unknown>; row: unknown[] }>(`MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r ORDER BY r.id LIMIT 200 RETURN ${RELATION_FIELDS} AS map, ${RELATION_ROW} AS row`);
    expect(rows.length).toBe(200);
    for (const { map, row } of rows) expect(toRelationRecord(row)).toEqual(map);
  });

  it('plans the common query shapes ahead of the first clients', async () => {
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
    expect(await warmQueryPlans(createExecutor(driver, database))).toBeGreaterThanOrEqual(25);
  });
});
