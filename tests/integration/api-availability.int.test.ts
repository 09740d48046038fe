import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../db/connection.ts';
import { readLocalSettings } from '../../db/local-settings.ts';
import { localStatus, startLocal, stopLocal } from '../../db/neo4j-local.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtraction } from '../../seed/load/neo4j-loader.ts';
import { createApp, type App } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';

const settings = inject('neo4j');
const driver = createDriver(settings, { maxRetryMs: 2_000 });
const TOKEN = 'curation-token';
let app: App;
let base = '';

async function gql(query: string, variables: Record<string, unknown> = {}, auth = false) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

beforeAll(async () => {
  const target = { driver, database: settings.database };
  await ensureSchema(target);
  await loadExtraction(target, extractArticle({ title: 'A', url: 'https://t.test/a', text: 'Deputy Minister Pinar Kara of Turkey met officials in Tbilisi. Turkey praised Georgia.' }));
  await loadExtraction(target, extractArticle({ title: 'B', url: 'https://t.test/b', text: 'Minister Kara visited Georgia on Monday.' }));
  app = await createApp({ db: createExecutor(driver, settings.database), apiToken: TOKEN });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (settings.isLocal && !localStatus(readLocalSettings()).running) await startLocal(readLocalSettings(), () => {});
  await app.close();
  await driver.close();
});

describe('curation and availability', () => {
  it('records merge candidates, answers NOT_FOUND for unknown ids, and merges two entities with their relations', async () => {
    const candidates = await driver.executeQuery("MATCH (a:Person)-[:MERGE_CANDIDATE]-(b:Person) RETURN collect(DISTINCT a.name) AS names", {}, { database: settings.database });
    expect([...(candidates.records[0]?.get('names') as string[])].sort()).toEqual(['Kara', 'Pinar Kara']);
    const listed = await gql('{ mergeCandidates { a { name } b { name } reason } }');
    expect(listed.data.mergeCandidates).toHaveLength(1);
    expect([listed.data.mergeCandidates[0].a.name, listed.data.mergeCandidates[0].b.name].sort()).toEqual(['Kara', 'Pinar Kara']);
    expect((await gql('mutation { mergeEntities(keep: "person:pinar-kara", remove: "nobody") { id } }', {}, true)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const before = await gql('{ entity(id: "person:pinar-kara") { degree } }');
    const merged = await gql('mutation { mergeEntities(keep: "person:pinar-kara", remove: "person:kara") { id aliases degree relations { nodes { type target { name } } } } }', {}, true);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeEntities.aliases).toContain('Kara');
    expect(merged.data.mergeEntities.degree).toBeGreaterThan(before.data.entity.degree);
    expect(merged.data.mergeEntities.relations.nodes.map((r: any) => `${r.type} ${r.target.name}`)).toContain('VISITED Georgia');
    expect((await gql('{ entity(id: "person:kara") { id } }')).data.entity).toBeNull();
  });

  it('refuses mutations when the server has no token configured', async () => {
    const bare = await createApp({ db: createExecutor(driver, settings.database) });
    await new Promise<void>((done) => bare.server.listen(0, '127.0.0.1', done));
    const port = (bare.server.address() as AddressInfo).port;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer anything' }, body: JSON.stringify({ query: 'mutation { removeArticle(id: "x") }' }) });
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    await bare.close();
  });

  it.skipIf(!settings.isLocal)('says SERVICE_UNAVAILABLE while Neo4j is down, and works again when it is back', async () => {
    const local = readLocalSettings();
    await stopLocal(local, () => {});
    const down = await gql('{ stats { articles } }');
    expect(down.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toMatch(/unreachable/);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await startLocal(local, () => {});
    const back = await gql('{ stats { articles } }');
    expect(back.data.stats.articles).toBe(2);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
