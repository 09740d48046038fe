/** Saved views over HTTP against the real Neo4j, and the canvas facets on neighborhoods. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { createApp, type App } from '../../server/app.ts';
import { createExecutor, type Executor } from '../../server/db/executor.ts';
import { MAX_VIEW_BYTES } from '../../server/db/views.ts';
import { startApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'views-token';
const { driver, database } = openTestDriver();
let open: App; // no token: the local default
let guarded: App; // with a token
const bases: Record<'open' | 'guarded', string> = { open: '', guarded: '' };

async function gql(server: 'open' | 'guarded', query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${bases[server]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] };
}

const state = (nodes: number) =>
  JSON.stringify({ format: 'entente-view', version: 1, name: 'x', investigation: { nodes: Object.fromEntries(Array.from({ length: nodes }, (_, i) => [`n${i}`, { id: `n${i}` }])), edges: {} } });
const SAVE = 'mutation Save($input: SaveViewInput!) { saveView(input: $input) { id name elementCount sizeBytes createdAt updatedAt } }';

async function listen(app: App): Promise<string> {
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  await ensureSchema({ driver, database });
  await seedPaths({ driver, database }, [SAMPLES_DIR]);
  const db = createExecutor(driver, database);
  open = await createApp({ db });
  guarded = await createApp({ db, apiToken: TOKEN });
  bases.open = await listen(open);
  bases.guarded = await listen(guarded);
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await driver.close();
});

describe('saved views', () => {
  it('saves, lists, opens, overwrites and deletes a view', async () => {
    const saved = (await gql('open', SAVE, { input: { name: '  Caucasus  ', state: state(3) } })).data.saveView;
    expect(saved).toMatchObject({ name: 'Caucasus', elementCount: 3, sizeBytes: state(3).length });
    const listed = (await gql('open', '{ views { id name elementCount } }')).data.views;
    expect(listed).toContainEqual({ id: saved.id, name: 'Caucasus', elementCount: 3 });
    const opened = (await gql('open', 'query V($id: ID!) { view(id: $id) { name state } }', { id: saved.id })).data.view;
    expect(JSON.parse(opened.state).investigation.nodes.n2).toEqual({ id: 'n2' });
    // Listing then asking for the state reads it on demand.
    const withState = (await gql('open', '{ views { id state } }')).data.views.find((v: any) => v.id === saved.id);
    expect(withState.state).toBe(state(3));

    const updated = (await gql('open', SAVE, { input: { id: saved.id, name: 'Caucasus, May', state: state(5) } })).data.saveView;
    expect(updated).toMatchObject({ id: saved.id, name: 'Caucasus, May', elementCount: 5, createdAt: saved.createdAt });
    expect(updated.updatedAt >= saved.updatedAt).toBe(true);

    // Renaming keeps the state; an empty or unknown one is refused with a clear error.
    const RENAME = 'mutation R($id: ID!, $name: String!) { renameView(id: $id, name: $name) { id name elementCount } }';
    expect((await gql('open', RENAME, { id: saved.id, name: '  Caucasus, renamed ' })).data.renameView).toEqual({ id: saved.id, name: 'Caucasus, renamed', elementCount: 5 });
    expect((await gql('open', 'query V($id: ID!) { view(id: $id) { name state } }', { id: saved.id })).data.view).toEqual({ name: 'Caucasus, renamed', state: state(5) });
    expect((await gql('open', RENAME, { id: saved.id, name: ' ' })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('open', RENAME, { id: 'no-such-view', name: 'x' })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    expect((await gql('open', 'mutation D($id: ID!) { deleteView(id: $id) }', { id: saved.id })).data.deleteView).toBe(true);
    expect((await gql('open', 'mutation D($id: ID!) { deleteView(id: $id) }', { id: saved.id })).data.deleteView).toBe(false);
    expect((await gql('open', 'query V($id: ID!) { view(id: $id) { id } }', { id: saved.id })).data.view).toBeNull();
  });

  it('keeps views apart from the article graph', async () => {
    await gql('open', SAVE, { input: { name: 'apart', state: state(1) } });
    const rows = await driver.executeQuery('MATCH (v:SavedView) RETURN count(v) AS views, sum(COUNT { (v)--() }) AS links, sum(size([l IN labels(v) WHERE l <> "SavedView"])) AS otherLabels', {}, { database });
    expect(rows.records[0]!.get('views')).toBeGreaterThan(0);
    expect(rows.records[0]!.get('links')).toBe(0);
    expect(rows.records[0]!.get('otherLabels')).toBe(0);
    const stats = (await gql('open', '{ stats { articles entities } }')).data.stats;
    const direct = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database });
    expect(stats.articles).toBe(direct.records[0]!.get('n'));
  });

  it('refuses bad names, states that are not views, and views over the size limit, saying why', async () => {
    const errorOf = async (input: Record<string, unknown>) => (await gql('open', SAVE, { input })).errors?.[0];
    expect(await errorOf({ name: ' ', state: state(1) })).toMatchObject({ message: '"name" must not be empty', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await errorOf({ name: 'x'.repeat(121), state: state(1) }))?.message).toMatch(/at most 120 characters/);
    expect((await errorOf({ name: 'x', state: '{"not":"a view"}' }))?.message).toMatch(/not an explorer view/);
    expect((await errorOf({ name: 'x', state: 'nope' }))?.message).toMatch(/not JSON/);
    const big = JSON.stringify({ format: 'entente-view', version: 1, padding: 'x'.repeat(MAX_VIEW_BYTES) });
    expect((await errorOf({ name: 'x', state: big }))?.message).toMatch(/a view is at most 1500 kB/);
    expect((await errorOf({ id: 'missing', name: 'x', state: state(1) }))?.extensions.code).toBe('NOT_FOUND');
  });

  it('needs the token to save when the server has one; reading needs none', async () => {
    const refused = await gql('guarded', SAVE, { input: { name: 'x', state: state(1) } });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const saved = await gql('guarded', SAVE, { input: { name: 'with token', state: state(1) } }, { authorization: `Bearer ${TOKEN}` });
    expect(saved.data.saveView.name).toBe('with token');
    const read = await gql('guarded', 'query V($id: ID!) { view(id: $id) { name } }', { id: saved.data.saveView.id });
    expect(read.data.view.name).toBe('with token');
    expect((await gql('guarded', 'mutation D($id: ID!) { deleteView(id: $id) }', { id: saved.data.saveView.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql('guarded', 'mutation R($id: ID!) { renameView(id: $id, name: "x") { id } }', { id: saved.data.saveView.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the constraints of views and short links', () => {
  /** An executor over a driver of its own (nothing ensured on it yet) that lists the statements it writes, and fails the first `failing` schema statements. */
  function recordingExecutor(failing = 0) {
    const own = openTestDriver();
    const shared = createExecutor(own.driver, own.database);
    const written: string[] = [];
    const db: Executor = {
      ...shared,
      write: (cypher, params, options) => {
        written.push(cypher);
        if (cypher.startsWith('CREATE CONSTRAINT') && failing-- > 0) return Promise.reject(new Error('schema statement refused'));
        return shared.write(cypher, params, options);
      },
    };
    return { db, written, close: () => own.driver.close() };
  }
  const constraintRuns = (written: string[], name: string) => written.filter((c) => c.startsWith(`CREATE CONSTRAINT ${name} `)).length;
  const SHARE = 'mutation S($state: String!) { shareCanvas(state: $state) { id } }';

  it('are created once per database, not at every save or share (each request has an executor of its own)', async () => {
    const { db, written, close } = recordingExecutor();
    const api = await startApi(driver, database, { db });
    try {
      const ids: string[] = [];
      for (const n of [1, 2]) {
        ids.push((await api.gql(SAVE, { input: { name: `once ${n}`, state: state(n) } })).body.data.saveView.id);
        expect((await api.gql(SHARE, { state: state(10 + n) })).body.data.shareCanvas.id).toBeTruthy();
      }
      expect(written.filter((c) => c.includes('CREATE (v:SavedView')).length).toBe(2);
      expect(constraintRuns(written, 'saved_view_id')).toBe(1);
      expect(constraintRuns(written, 'shared_canvas_id')).toBe(1);
      for (const id of ids) await api.gql('mutation D($id: ID!) { deleteView(id: $id) }', { id });
    } finally {
      await api.close();
      await close();
    }
  });

  it('are tried again by the next save when creating them failed', async () => {
    const { db, written, close } = recordingExecutor(1);
    const api = await startApi(driver, database, { db });
    try {
      expect((await api.gql(SAVE, { input: { name: 'retry', state: state(1) } })).body.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const saved = (await api.gql(SAVE, { input: { name: 'retry', state: state(1) } })).body.data.saveView;
      expect(saved.name).toBe('retry');
      await api.gql(SAVE, { input: { name: 'retry again', state: state(2) } });
      expect(constraintRuns(written, 'saved_view_id')).toBe(2);
      await api.gql('mutation D($id: ID!) { deleteView(id: $id) }', { id: saved.id });
    } finally {
      await api.close();
      await close();
    }
  });
});

describe('canvas facets', () => {
  it('gives each edge its outlets and evidence per month, and each node its country', async () => {
    const { data } = await gql('open', '{ neighborhood(ids: ["Q227"], limit: 40) { nodes { id type country } edges { id articleCount outlets evidenceByMonth { key count } } } }');
    const hood = data.neighborhood;
    expect(hood.nodes.find((n: any) => n.id === 'Q227').country).toBe('AZ');
    const edge = hood.edges[0];
    expect(edge.outlets.length).toBeGreaterThan(0);
    expect([...edge.outlets].sort()).toEqual(edge.outlets);
    for (const m of edge.evidenceByMonth) expect(m.key).toMatch(/^\d{4}-\d{2}$/);
    // Evidence per relation counted straight from the database.
    const direct = await driver.executeQuery('MATCH (v:Evidence {relationId: $id})-[:FROM]->(a:Article) WHERE a.published IS NOT NULL RETURN count(v) AS n', { id: edge.id }, { database });
    expect(edge.evidenceByMonth.reduce((n: number, m: any) => n + m.count, 0)).toBe(direct.records[0]!.get('n'));
  });
});
