/**
 * Failures that say what they are (issue 19, section 4), over real HTTP: inputs over their
 * limits refused up front with the field and the limit named, unexpected errors logged with
 * their cause, concurrent writes that all succeed, subscriptions refused with a 400, merges
 * across types refused, every saved view reachable with a cursor, claim filters applied inside
 * a date window.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import { seedPaths } from '../../seed/seed-cli.ts';
import type { Article } from '../../seed/types.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'failures-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const { driver, database } = openTestDriver();
let api: TestApi;
const gql = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables, auth);
const INGEST = 'mutation ($a: ArticleInput!) { ingestArticle(input: $a) { status article { id } } }';

/** One claim about Iran supplying Russia, per period and outlet: asserted in 2023, denied and attributed in 2024. */
const CLAIMS: Article[] = [
  { title: 'Asserted', text: 'Iran supplied Russia with drones.', url: 'https://claims.test/1', published: '2023-03-01', source: 'Wire A' },
  { title: 'Denied', text: 'Iran denied supplying Russia with drones.', url: 'https://claims.test/2', published: '2024-05-01', source: 'Wire B' },
  { title: 'Attributed', text: 'Ukraine said Iran supplied Russia with drones.', url: 'https://claims.test/3', published: '2024-06-01', source: 'Wire C' },
];

beforeAll(async () => {
  await ensureSchema({ driver, database });
  expect((await loadExtractions({ driver, database }, CLAIMS.map((a) => extractArticle(a)))).failed).toBe(0);
  api = await startApi(driver, database, { apiToken: TOKEN });
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('inputs over their limits', () => {
  it('refuses a 10 kB url or source with BAD_USER_INPUT naming the field and the limit, and writes nothing', async () => {
    const long = 'a'.repeat(10_000);
    for (const [field, input] of [
      ['url', { url: `https://limits.test/${long}` }],
      ['source', { source: long }],
    ] as const) {
      const { body } = await gql(INGEST, { a: { title: 'Long', text: 'Peru praised Chile.', ...input } });
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(new RegExp(`^"${field}" is 10,0\\d\\d characters, over the limit of 2?,?\\d00$`));
    }
    const { records } = await driver.executeQuery("MATCH (a:Article) WHERE a.title = 'Long' RETURN count(a) AS n", {}, { database });
    expect(records[0]?.get('n')).toBe(0);
  });

  it('refuses them in the seed too, naming the file and line, without printing the 10 kB url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-limits-'));
    const line = (url: string) => JSON.stringify({ title: 'Line', url, text: 'Norway praised Germany.' });
    writeFileSync(join(dir, 'feed.jsonl'), [line('https://limits.test/ok'), line(`https://limits.test/${'b'.repeat(10_000)}`)].join('\n'));
    const summary = await seedPaths({ driver, database }, [dir]);
    expect(summary.counts).toMatchObject({ new: 1, failed: 1 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]).toMatch(/feed\.jsonl#2 \(https:\/\/limits\.test\/b+…\): "url" is 10,020 characters, over the limit of 2,000$/);
    expect(summary.failures[0]!.length).toBeLessThan(300);
  });

  it('logs an unexpected error with its cause, while the caller gets only the generic message', async () => {
    const broken = await startApi(driver, database, { apiToken: TOKEN, extractor: { extract: () => Promise.reject(new Error('worker crashed: out of memory')), close: async () => {} } });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { body } = await broken.gql(INGEST, { a: { title: 'T', text: 'Peru praised Chile.' } }, auth);
      expect(body.errors?.[0]).toMatchObject({ message: 'Something went wrong on the server.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const logged = log.mock.calls.map((call) => call.join(' ')).join('\n');
      expect(logged).toMatch(/graphql error at ingestArticle: .*caused by .*worker crashed: out of memory/);
    } finally {
      log.mockRestore();
      await broken.close();
    }
  });
});

describe('concurrent writes', () => {
  it('24 concurrent ingests, updates and removals of articles naming the same countries all succeed', async () => {
    const countries = ['Peru', 'Chile', 'Norway', 'Germany', 'France', 'Spain'];
    const article = (i: number) => ({
      title: `Concurrent ${i}`,
      url: `https://concurrent.test/${i % 8}`,
      text: `${countries[i % 6]} praised ${countries[(i + 1) % 6]} for the talks. ${countries[(i + 1) % 6]} accused ${countries[i % 6]} of spying on day ${i}. Turkey supplied Azerbaijan with drones.`,
    });
    // Eight urls: the first ingests are new, the later ones update them; every third request removes one.
    const requests = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 2 ? gql('mutation ($id: ID!) { removeArticle(id: $id) }', { id: `url:https://concurrent.test/${(i + 3) % 8}` }) : gql(INGEST, { a: article(i) }),
    );
    const results = await Promise.all(requests);
    expect(results.map((r) => r.body.errors ?? [])).toEqual(results.map(() => []));
    expect(results.every((r) => r.status === 200)).toBe(true);
  });
});

describe('operations the API does not offer', () => {
  it('answers a subscription with HTTP 400 saying subscriptions are not offered', async () => {
    const { status, body } = await gql('subscription { stats { articles } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/does not offer subscriptions/);
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('mergeEntities', () => {
  it('refuses to merge a person into a country, and names the id that was not found', async () => {
    const person = await gql(INGEST, { a: { title: 'Visit', text: 'Russian Foreign Minister Amir Haddad visited Tehran on Tuesday for talks.', url: 'https://merge.test/1' } });
    expect(person.body.errors).toBeUndefined();
    const across = await gql('mutation { mergeEntities(keep: "Q159", remove: "person:amir-haddad") { id } }');
    expect(across.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(across.body.errors?.[0]?.message).toBe('person:amir-haddad is a Person and Q159 a Country: only entities of the same type can be merged');
    // Nothing was written: the person and their relation to Russia are still there.
    const still = await gql('{ entity(id: "person:amir-haddad") { type relations { nodes { type target { id } } } } }');
    expect(still.body.data.entity.relations.nodes).toContainEqual({ type: 'OFFICIAL_OF', target: { id: 'Q159' } });

    const missing = await gql('mutation { mergeEntities(keep: "Q159", remove: "country:atlantis") { id } }');
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Entity country:atlantis was not found', extensions: { code: 'NOT_FOUND' } });
    const both = await gql('mutation { mergeEntities(keep: "country:lemuria", remove: "country:atlantis") { id } }');
    expect(both.body.errors?.[0]?.message).toBe('Entities country:lemuria and country:atlantis were not found');
  });
});

describe('saved views', () => {
  it('pages every view with a cursor, beyond the 500 newest', async () => {
    await driver.executeQuery(
      `UNWIND range(1, 503) AS i
       CREATE (:SavedView {id: 'view-' + toString(i), name: 'View ' + toString(i), state: '{}', elementCount: 0, sizeBytes: 2,
                           createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:' + right('00' + toString(i % 60), 2) + '.000Z'})`,
      {},
      { database },
    );
    const query = 'query ($after: String) { savedViews(first: 500, after: $after) { totalCount nodes { id updatedAt } pageInfo { hasNextPage endCursor } } }';
    const first = (await gql(query, { after: null })).body.data.savedViews;
    expect(first.totalCount).toBe(503);
    expect(first.nodes).toHaveLength(500);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(query, { after: first.pageInfo.endCursor })).body.data.savedViews;
    expect(second.nodes).toHaveLength(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.nodes, ...second.nodes].map((v: { id: string }) => v.id);
    expect(new Set(ids).size).toBe(503);
    const dates = [...first.nodes, ...second.nodes].map((v: { updatedAt: string }) => v.updatedAt);
    expect(dates).toEqual([...dates].sort().reverse()); // newest first
    await driver.executeQuery("MATCH (v:SavedView) WHERE v.id STARTS WITH 'view-' DELETE v", {}, { database });
  });
});

describe('claim filters with a date window', () => {
  const supplies = async (filter: Record<string, unknown>) => {
    const { body } = await gql('query ($f: RelationFilter) { relations(filter: $f) { nodes { type source { id } target { id } } } }', { f: { types: ['SUPPLIES'], entityIds: ['Q794'], ...filter } });
    expect(body.errors).toBeUndefined();
    return body.data.relations.nodes.length as number;
  };

  it('apply inside the window: asserted in 2023 only, disputed and two outlets in 2024 only', async () => {
    expect(await supplies({ assertedOnly: true })).toBe(1);
    expect(await supplies({ assertedOnly: true, from: '2023', to: '2023' })).toBe(1);
    expect(await supplies({ assertedOnly: true, from: '2024' })).toBe(0);
    expect(await supplies({ statuses: ['DENIED'], to: '2023-12-31' })).toBe(0);
    expect(await supplies({ statuses: ['DENIED'], from: '2024-01' })).toBe(1);
    expect(await supplies({ minOutlets: 3 })).toBe(1);
    expect(await supplies({ minOutlets: 2, from: '2024' })).toBe(1);
    expect(await supplies({ minOutlets: 2, to: '2023' })).toBe(0);
    expect(await supplies({ disputed: true })).toBe(1);
    expect(await supplies({ disputed: true, from: '2024' })).toBe(1);
    expect(await supplies({ disputed: true, to: '2023' })).toBe(0);
    expect(await supplies({ disputed: false, to: '2023' })).toBe(1);
    expect(await supplies({ excludeHedgedOnly: true, from: '2024' })).toBe(1);
  });

  it('apply inside the window in neighborhoods too', async () => {
    const edges = async (filter: Record<string, unknown>) =>
      (await gql('query ($f: RelationFilter) { neighborhood(ids: ["Q794"], filter: $f) { edges { type } } }', { f: { types: ['SUPPLIES'], ...filter } })).body.data.neighborhood.edges.length;
    expect(await edges({ assertedOnly: true })).toBe(1);
    expect(await edges({ assertedOnly: true, from: '2024' })).toBe(0);
    expect(await edges({ disputed: true, from: '2024' })).toBe(1);
  });
});
