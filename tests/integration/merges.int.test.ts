import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { createApp, type App } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'merge-token';
const { driver, database } = openTestDriver();
let app: App;
let base = '';

async function gql(query: string, variables: Record<string, unknown> = {}, auth = true) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}
const ingest = (input: Record<string, unknown>) => gql('mutation($input: ArticleInput!) { ingestArticle(input: $input) { status entities relations } }', { input });
const kara1 = { title: 'K1', url: 'https://merges.test/k1', source: 'Wire A', published: '2025-03-01', text: 'Deputy Minister Pinar Kara praised Norway.' };
const kara2 = { title: 'K2', url: 'https://merges.test/k2', source: 'Wire B', published: '2025-04-01', text: 'Minister Kara visited Georgia on Monday. Kara also praised Norway.' };

beforeAll(async () => {
  await ensureSchema({ driver, database });
  app = await createApp({ db: createExecutor(driver, database), apiToken: TOKEN });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('merges over GraphQL', () => {
  it("ingestArticle's counts are what was written, a relation end the article did not list included", async () => {
    const { data } = await ingest({ title: 'Visit', url: 'https://merges.test/visit', text: 'Mongolian Foreign Minister Bat Erdene visited Baku on Monday.' });
    expect(data.ingestArticle).toMatchObject({ status: 'new', relations: 2 });
    const { data: entity } = await gql('{ entity(id: "person:bat-erdene") { relations { totalCount nodes { type target { name } } } } }');
    expect(entity.entity.relations.totalCount).toBe(2);
    expect(entity.entity.relations.nodes.map((r: any) => `${r.type} ${r.target.name}`)).toContain('OFFICIAL_OF Mongolia');
  });

  it('keeps a merge when the article naming the removed entity is ingested again; lists it; undoes it', async () => {
    await ingest(kara1);
    await ingest(kara2);
    const merged = await gql('mutation { mergeEntities(keep: "person:pinar-kara", remove: "person:kara") { id } }');
    expect(merged.errors).toBeUndefined();
    expect((await ingest({ ...kara2, text: `${kara2.text} Kara left on Tuesday.` })).data.ingestArticle.status).toBe('updated');
    expect((await gql('{ entity(id: "person:kara") { id } }')).data.entity).toBeNull();

    const listed = await gql('{ merges { removedId removedName removedType keptId kept { name } mergedAt } }');
    expect(listed.data.merges).toEqual([
      { removedId: 'person:kara', removedName: 'Kara', removedType: 'Person', keptId: 'person:pinar-kara', kept: { name: 'Pinar Kara' }, mergedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    ]);
    expect((await gql('{ merges(entityId: "Q20") { removedId } }')).data.merges).toEqual([]);

    const undo = 'mutation($id: ID!) { undoMerge(removedId: $id) { restored { id name relations { nodes { type target { name } } } } keptId reloadedArticles } }';
    expect((await gql(undo, { id: 'person:kara' }, false)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const undone = await gql(undo, { id: 'person:kara' });
    expect(undone.errors).toBeUndefined();
    expect(undone.data.undoMerge).toMatchObject({ restored: { id: 'person:kara', name: 'Kara' }, keptId: 'person:pinar-kara', reloadedArticles: 2 });
    expect(undone.data.undoMerge.restored.relations.nodes.map((r: any) => `${r.type} ${r.target.name}`)).toContain('VISITED Georgia');
    expect((await gql('{ merges { removedId } }')).data.merges).toEqual([]);
    expect((await gql(undo, { id: 'person:kara' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
