import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../seed/extract/extract.ts';
import { articleId } from '../../seed/load/plan.ts';
import { ensureSchema, loadExtraction, loadExtractions, mergeEntities, removeArticle } from '../../seed/load/neo4j-loader.ts';
import type { Article } from '../../seed/types.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((r) => r.toObject());

const dump = () => dumpGraph(driver, database);

const first: Article = { title: 'Ties', url: 'https://t.test/1', published: '2025-01-05', source: 'Wire A', text: 'Norway supplies Germany with natural gas. The U.S. praised Norway.' };
const second: Article = { title: 'More ties', url: 'https://t.test/2', published: '2025-02-07', source: 'Wire B', text: 'The United States sanctioned Belarus. Washington also praised Norway again.' };

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('loading articles into Neo4j', () => {
  it('is idempotent: loading twice leaves an identical graph', async () => {
    await loadExtraction(target, extractArticle(first));
    await loadExtraction(target, extractArticle(second));
    const before = await dump();
    const again = await loadExtraction(target, extractArticle(first), { force: true });
    expect(again.status).toBe('updated');
    expect((await loadExtraction(target, extractArticle(second))).status).toBe('unchanged');
    expect(await dump()).toEqual(before);
  });

  it('resolves "U.S.", "United States" and "Washington" to one node across articles, with aggregates', async () => {
    const [us] = await read("MATCH (e:Entity {id: 'Q30'}) RETURN count(e) AS n, e.aliases AS aliases");
    expect(us?.n).toBe(1);
    const [praise] = await read("MATCH (:Entity {id: 'Q30'})-[r:SUPPORTS]->(:Entity {id: 'Q20'}) RETURN r.articleCount AS n, r.outletCount AS outlets, r.firstSeen AS first, r.lastSeen AS last");
    expect(praise).toEqual({ n: 2, outlets: 2, first: '2025-01-05', last: '2025-02-07' });
  });

  it('gives every relation evidence from a real article with offsets that point at the sentence', async () => {
    const rows = await read(`MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IS NOT NULL
      OPTIONAL MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
      RETURN r.id AS id, collect({sentence: v.sentence, start: v.start, end: v.end, text: a.text}) AS evidence`);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const evidence = row.evidence as { sentence: string; start: number; end: number; text: string }[];
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) expect(e.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it('replaces the evidence of a changed article instead of adding a second copy', async () => {
    const changed = { ...second, text: 'The United States sanctioned Belarus.' };
    expect((await loadExtraction(target, extractArticle(changed))).status).toBe('updated');
    const [praise] = await read("MATCH (:Entity {id: 'Q30'})-[r:SUPPORTS]->(:Entity {id: 'Q20'}) RETURN r.articleCount AS n");
    expect(praise?.n).toBe(1);
    const [evidence] = await read('MATCH (v:Evidence {articleId: $id}) RETURN count(v) AS n', { id: articleId(changed) });
    expect(evidence?.n).toBe(1);
  });

  it('leaves nothing of an article whose load fails midway, and loads the next one', async () => {
    const before = await dump();
    const failing: Article = { title: 'Fails', url: 'https://t.test/3', text: 'Chile supplies Peru with copper. Peru praised Chile.' };
    await expect(loadExtraction(target, extractArticle(failing), { afterStatement: (i) => { if (i === 2) throw new Error('injected failure'); } })).rejects.toThrow('injected failure');
    expect(await dump()).toEqual(before);
    expect((await loadExtraction(target, extractArticle(failing))).status).toBe('new');
  });

  it('removes an article with its evidence and what nothing else supports', async () => {
    expect(await removeArticle(target, articleId({ ...second, text: '' }))).toBe(true);
    const belarus = await read("MATCH (e:Entity {name: 'Belarus'}) RETURN e");
    expect(belarus).toHaveLength(0);
    const [norway] = await read("MATCH (e:Entity {id: 'Q20'}) RETURN count(e) AS n");
    expect(norway?.n).toBe(1);
    expect(await removeArticle(target, 'url:https://t.test/none')).toBe(false);
  });

  it('merges an entity into another, folding a relation both had into one edge with all its evidence', async () => {
    await loadExtraction(target, extractArticle({ title: 'M1', url: 'https://t.test/m1', source: 'Wire A', published: '2025-03-01', text: 'Deputy Minister Pinar Kara praised Norway.' }));
    await loadExtraction(target, extractArticle({ title: 'M2', url: 'https://t.test/m2', source: 'Wire B', published: '2025-04-01', text: 'Minister Kara praised Norway.' }));
    expect(await mergeEntities(target, 'person:pinar-kara', 'person:kara')).toEqual({ status: 'merged' });
    const edges = await read("MATCH (:Entity {id: 'person:pinar-kara'})-[r:SUPPORTS]->(:Entity {id: 'Q20'}) RETURN r.id AS id, r.articleCount AS n, r.outletCount AS outlets");
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ n: 2, outlets: 2 });
    const [evidence] = await read('MATCH (v:Evidence {relationId: $id}) RETURN count(v) AS n', { id: edges[0]?.id });
    expect(evidence?.n).toBe(2);
    expect(await read("MATCH (e:Entity {id: 'person:kara'}) RETURN e")).toHaveLength(0);
    expect(await mergeEntities(target, 'person:pinar-kara', 'person:nobody')).toEqual({ status: 'missing', ids: ['person:nobody'] });
  });

  it('loads a batch around a bad article: the bad one fails alone and leaves nothing, the others load', async () => {
    const good = (n: number) => extractArticle({ title: `Batch ${n}`, url: `https://t.test/batch-${n}`, text: `Peru supplies Chile with copper number ${n}.` });
    const bad = extractArticle({ title: 'Bad', url: 'https://t.test/batch-bad', text: 'Peru praised Chile.' });
    // An entity type outside the vocabulary is refused before anything is written.
    const broken = { ...bad, entities: bad.entities.map((e, i) => (i === 0 ? { ...e, type: 'Planet' as never } : e)) };
    const summary = await loadExtractions(target, [good(1), broken, good(2), good(3)], { batchSize: 4 });
    expect(summary).toMatchObject({ new: 3, failed: 1 });
    expect(summary.failures[0]?.articleId).toBe('url:https://t.test/batch-bad');
    expect(await read("MATCH (a:Article {id: 'url:https://t.test/batch-bad'}) RETURN a")).toHaveLength(0);
    const [loaded] = await read("MATCH (a:Article) WHERE a.id STARTS WITH 'url:https://t.test/batch-' RETURN count(a) AS n");
    expect(loaded?.n).toBe(3);
  });
});
