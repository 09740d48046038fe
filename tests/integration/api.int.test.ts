import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { createApp, type App } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'test-token-123';
const { driver, database } = openTestDriver();
let app: App;
let base = '';

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
}

beforeAll(async () => {
  await ensureSchema({ driver, database });
  await seedPaths({ driver, database }, [SAMPLES_DIR]);
  app = await createApp({ db: createExecutor(driver, database), apiToken: TOKEN });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('GraphQL API over HTTP', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('searches with prefixes and typos, ranked', async () => {
    const { body } = await gql('{ a: search(text: "azerb") { entity { id name } } b: search(text: "Saar") { entity { name } } c: search(text: "Abraham", types: [Agreement]) { entity { type } } }');
    expect(body.data.a[0].entity.name).toBe('Azerbaijan');
    expect(body.data.b[0].entity.name).toBe("Gideon Sa'ar");
    expect(body.data.c.every((h: any) => h.entity.type === 'Agreement')).toBe(true);
  });

  it('returns an entity with relations and articles', async () => {
    const { body } = await gql('{ entity(id: "Q227") { name type wikidataId degree relations(first: 3) { totalCount nodes { type } pageInfo { hasNextPage } } articles(first: 2) { totalCount } } }');
    expect(body.data.entity).toMatchObject({ name: 'Azerbaijan', type: 'Country', wikidataId: 'Q227' });
    expect(body.data.entity.relations.nodes).toHaveLength(3);
    expect(body.data.entity.relations.pageInfo.hasNextPage).toBe(true);
    expect(body.data.entity.articles.totalCount).toBeGreaterThan(3);
  });

  it('caps a neighborhood and says what it left out', async () => {
    const { body } = await gql('{ neighborhood(ids: ["Q227"], limit: 4) { nodes { id } edges { source target class } truncated omitted { key count } } }');
    const hood = body.data.neighborhood;
    expect(hood.edges).toHaveLength(4);
    expect(hood.truncated).toBe(true);
    expect(hood.omitted.reduce((n: number, o: any) => n + o.count, 0)).toBeGreaterThan(0);
    const ids = new Set(hood.nodes.map((n: any) => n.id));
    for (const e of hood.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('pages through filtered relations with cursors and shows evidence', async () => {
    const page1 = await gql('{ relations(first: 2, filter: { classes: [MATERIAL_CONFLICT] }) { totalCount nodes { id class } pageInfo { endCursor hasNextPage } } }');
    const { totalCount, nodes, pageInfo } = page1.body.data.relations;
    expect(nodes.every((n: any) => n.class === 'MATERIAL_CONFLICT')).toBe(true);
    const page2 = await gql('query($after: String) { relations(first: 2, after: $after, filter: { classes: [MATERIAL_CONFLICT] }) { nodes { id } } }', { after: pageInfo.endCursor });
    expect(totalCount).toBeGreaterThan(2);
    expect(page2.body.data.relations.nodes[0].id).not.toBe(nodes[0].id);
    const { body } = await gql('query($id: ID!) { relation(id: $id) { type source { name } evidence { totalCount nodes { sentence start end highlights { entityId } article { title } } } } }', { id: nodes[0].id });
    expect(body.data.relation.evidence.totalCount).toBeGreaterThan(0);
    expect(body.data.relation.evidence.nodes[0].highlights.length).toBeGreaterThan(0);
    // Evidence nested in a page of relations: batched, and each relation gets its own sentences.
    const nested = await gql('{ relations(first: 10) { nodes { id source { name } evidence(first: 2) { totalCount nodes { sentence date } } } } }');
    for (const r of nested.body.data.relations.nodes) {
      expect(r.evidence.totalCount).toBeGreaterThan(0);
      expect(r.evidence.nodes[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const single = await gql('query($id: ID!) { relation(id: $id) { evidence(first: 2) { nodes { sentence } } } }', { id: nested.body.data.relations.nodes[3].id });
    expect(nested.body.data.relations.nodes[3].evidence.nodes.map((n: any) => n.sentence)).toEqual(single.body.data.relation.evidence.nodes.map((n: any) => n.sentence));
  });

  it('finds paths, a pair timeline, articles and stats', async () => {
    const { body } = await gql(`{ paths(from: "Q801", to: "Q794", maxHops: 3) { length nodes { id } }
      timeline(a: "Q227", b: "Q794", bucket: YEAR) { period counts { key count } }
      articles(filter: { text: "Quba" }) { totalCount nodes { id title } }
      stats { articles entities relations relationsByClass { key count } } }`);
    expect(body.data.paths[0].nodes[0].id).toBe('Q801');
    expect(body.data.timeline.length).toBeGreaterThan(0);
    expect(body.data.articles.totalCount).toBe(1);
    expect(body.data.stats.articles).toBe(10);
    const article = await gql('query($id: ID!) { article(id: $id) { title text mentions { nodes { entity { name } start end } } relations { nodes { type } } } }', { id: body.data.articles.nodes[0].id });
    const a = article.body.data.article;
    expect(a.mentions.nodes.length).toBeGreaterThan(0);
    for (const m of a.mentions.nodes) expect(a.text.slice(m.start, m.end).length).toBe(m.end - m.start);
  });

  it('refuses bad input, hostile queries and unauthenticated mutations with codes', async () => {
    expect((await gql('{ relations(first: 501) { totalCount } }')).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('{ neighborhood(ids: ["Q227"], depth: 9) { truncated } }')).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const deep = `{ entity(id: "Q227") { relations { nodes { source { relations { nodes { target { relations { nodes { source { relations { nodes { id } } } } } } } } } } } } }`;
    const refused = (await gql(deep)).body;
    expect(refused.data).toBeUndefined(); // refused in validation, never executed
    expect(refused.errors?.[0]?.message).toMatch(/levels deep; the limit is 10|would cost/);
    // Within the depth limit but far over the cost limit (500 × 500 × 500 relations).
    const huge = '{ relations(first: 500) { nodes { source { relations(first: 500) { nodes { target { relations(first: 500) { nodes { id } } } } } } } } }';
    const hugeBody = (await gql(huge)).body;
    expect(hugeBody.data).toBeUndefined();
    expect(hugeBody.errors?.[0]?.message).toMatch(/would cost \d+; the limit is 50000/);
    const mutation = 'mutation { removeArticle(id: "x") }';
    expect((await gql(mutation)).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(mutation, {}, { authorization: 'Bearer wrong' })).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const big = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(JSON.stringify((await gql('{ relations(first: -1) { totalCount } }')).body)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('ingests an article with the token, through the same pipeline, and removes it', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const { body } = await gql('mutation($input: ArticleInput!) { ingestArticle(input: $input) { status relations article { id } } }', { input: { title: 'Test', text: 'Finland joined NATO in 2023.', published: '2023-04-04' } }, auth);
    expect(body.data.ingestArticle).toMatchObject({ status: 'new', relations: 1 });
    const removed = await gql('mutation($id: ID!) { removeArticle(id: $id) }', { id: body.data.ingestArticle.article.id }, auth);
    expect(removed.body.data.removeArticle).toBe(true);
  });
});
