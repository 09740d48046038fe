/**
 * Issue 21 §4: canvas links against the real Neo4j: a canvas by ids, and short links (shared
 * canvases) with their expiry. §2: the writer a request's token names (notes are signed with it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { MAX_CANVAS_IDS } from '../../server/db/graph.ts';
import { SHARE_DAYS, shareCanvas } from '../../server/db/shared-canvases.ts';
import { MAX_VIEW_BYTES } from '../../server/db/views.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
let api: TestApi;

const CANVAS = 'query C($e: [ID!]!, $r: [ID!]!) { canvas(entityIds: $e, relationIds: $r) { nodes { id label } edges { id source target } truncated } }';
const SHARE = 'mutation S($state: String!) { shareCanvas(state: $state) { id createdAt expiresAt elementCount sizeBytes } }';
const SHARED = 'query S($id: ID!) { sharedCanvas(id: $id) { id state expiresAt } }';
const view = (nodes: string[]) => JSON.stringify({ format: 'entente-view', version: 3, name: '', investigation: { nodes: nodes.map((id) => [id, id, 'Country', 1, null]), edges: [] } });

beforeAll(async () => {
  await ensureSchema({ driver, database });
  await seedPaths({ driver, database }, [SAMPLES_DIR]);
  api = await startApi(driver, database);
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('a canvas by ids', () => {
  it('returns exactly the entities and relations asked for, leaving out unknown ids and relations with an end not asked for', async () => {
    const hood = (await api.gql('{ neighborhood(ids: ["Q227"], limit: 6) { nodes { id } edges { id source target } } }')).body.data.neighborhood;
    const [kept, dropped] = [hood.edges[0], hood.edges[1]];
    const entities = [kept.source, kept.target, 'Q0-unknown'];
    const { body } = await api.gql(CANVAS, { e: entities, r: [kept.id, dropped.id, 'SUPPLIES:000000000000000000000000'] });
    expect(body.errors).toBeUndefined();
    expect(body.data.canvas.nodes.map((n: { id: string }) => n.id).sort()).toEqual([kept.source, kept.target].sort());
    // The second relation has an end that was not asked for (unless it joins the same two entities).
    const joinsSame = [dropped.source, dropped.target].every((id: string) => entities.includes(id));
    expect(body.data.canvas.edges.map((e: { id: string }) => e.id)).toEqual(joinsSame ? [kept.id, dropped.id] : [kept.id]);
    expect(body.data.canvas.truncated).toBe(false);
  });

  it('refuses more ids than a canvas link can hold, with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: MAX_CANVAS_IDS + 1 }, (_, i) => `Q${i}`);
    const { body } = await api.gql(CANVAS, { e: ids, r: [] });
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/at most 500/);
  });
});

describe('short links', () => {
  it('keeps a canvas for 30 days behind a short id; the same canvas gives the same id', async () => {
    const state = view(['Q227', 'Q801']);
    const first = (await api.gql(SHARE, { state })).body.data.shareCanvas;
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(first.elementCount).toBe(2);
    expect(Date.parse(first.expiresAt) - Date.parse(first.createdAt)).toBe(SHARE_DAYS * 86_400_000);
    const again = (await api.gql(SHARE, { state })).body.data.shareCanvas;
    expect(again.id).toBe(first.id);
    const opened = (await api.gql(SHARED, { id: first.id })).body.data.sharedCanvas;
    expect(opened).toEqual({ id: first.id, state, expiresAt: again.expiresAt });
    expect((await api.gql(SHARE, { state: view(['Q227']) })).body.data.shareCanvas.id).not.toBe(first.id);
  });

  it('finds nothing for an unknown id or an expired link', async () => {
    const unknown = (await api.gql(SHARED, { id: 'nosuchlink00' })).body;
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ sharedCanvas: null });
    const db = createExecutor(driver, database);
    const old = await shareCanvas(db, view(['Q30']), new Date(Date.now() - (SHARE_DAYS + 1) * 86_400_000));
    expect((await api.gql(SHARED, { id: old.id })).body.data.sharedCanvas).toBeNull();
    // Expired links are deleted as new ones are made.
    await api.gql(SHARE, { state: view(['Q30', 'Q16']) });
    const left = await driver.executeQuery('MATCH (c:SharedCanvas {id: $id}) RETURN count(c) AS n', { id: old.id }, { database });
    expect(Number(left.records[0]?.get('n'))).toBe(0);
  });

  it('refuses a state that is not an explorer view, or too large, with BAD_USER_INPUT', async () => {
    const notView = (await api.gql(SHARE, { state: '{"hello": 1}' })).body;
    expect(notView.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(notView.errors?.[0]?.message).toMatch(/not an explorer view/);
    const huge = JSON.stringify({ format: 'entente-view', pad: 'x'.repeat(MAX_VIEW_BYTES) });
    const tooLarge = (await api.gql(SHARE, { state: huge })).body;
    expect(tooLarge.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooLarge.errors?.[0]?.message).toMatch(/at most 1500 kB/);
  });

  it('spends the caller budget: a client out of points is told to wait', async () => {
    const tight = await startApi(driver, database, { limits: { pointsPerMinute: 1_200 } });
    try {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await tight.gql(SHARE, { state: view([`Q${i}`]) })).body.errors?.[0]?.extensions.code ?? 'OK');
      expect(codes).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    } finally {
      await tight.close();
    }
  });
});

describe('the writer a token names', () => {
  it('names the writer of a writer token, nobody for the shared token or none, and lets a writer save views', async () => {
    const guarded = await startApi(driver, database, { apiToken: 'shared-token-1', writerTokens: { 'Amira Haddad': 'amira-token-1' } });
    try {
      const writerWith = async (authorization?: string) => (await guarded.gql('{ writer }', {}, authorization ? { authorization } : {})).body;
      expect((await writerWith('Bearer amira-token-1')).data).toEqual({ writer: 'Amira Haddad' });
      expect((await writerWith('Bearer shared-token-1')).data).toEqual({ writer: null });
      expect((await writerWith()).data).toEqual({ writer: null });
      expect((await writerWith('Bearer amira-token-2')).data).toEqual({ writer: null });
      const save = 'mutation { saveView(input: { name: "By Amira", state: "{\\"format\\": \\"entente-view\\"}" }) { name } }';
      expect((await guarded.gql(save, {}, { authorization: 'Bearer amira-token-1' })).body.data).toEqual({ saveView: { name: 'By Amira' } });
      expect((await guarded.gql(save, {}, { authorization: 'Bearer amira-token-2' })).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await guarded.close();
    }
  });
});
