import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeDatabase } from '../../db/wipe.ts';
import { checkGraph } from '../../seed/check/check.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtraction, loadExtractions, mergeEntities, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { listMerges, undoMerge } from '../../seed/load/merges.ts';
import { articleId } from '../../seed/load/plan.ts';
import type { Article, Extraction } from '../../seed/types.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((r) => r.toObject());
const dump = () => dumpGraph(driver, database);
const violations = async () => (await checkGraph(target)).violations;
const evidenceCount = async (id: string) => ((await read('MATCH (v:Evidence {articleId: $id}) RETURN count(v) AS n', { id }))[0]?.n as number) ?? 0;

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('relation ends the article does not list', () => {
  it('creates a missing end from the gazetteer: no evidence without its relation, counts equal what was written', async () => {
    const article: Article = { title: 'Visit', url: 'https://integrity.test/mongolia', published: '2025-05-02', text: 'Mongolian Foreign Minister Bat Erdene visited Baku on Monday.' };
    // As an extractor may give it: OFFICIAL_OF Mongolia stated, Mongolia (named only by "Mongolian")
    // not among the entities. The loader must be safe on its own, whatever the extractor does.
    const full = extractArticle(article);
    expect(full.relations.map((r) => r.targetId)).toContain('Q711');
    const extraction: Extraction = { ...full, entities: full.entities.filter((e) => e.id !== 'Q711') };
    const result = await loadExtraction(target, extraction);
    expect(result.refused).toEqual([]);
    const [official] = await read("MATCH (:Person)-[r:OFFICIAL_OF]->(c:Country {id: 'Q711'}) RETURN c.name AS name, c.iso2 AS iso2, r.articleCount AS n");
    expect(official).toEqual({ name: 'Mongolia', iso2: 'MN', n: 1 });
    const [written] = await read('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS relations');
    expect(result.relations).toBe(await evidenceCount(result.articleId));
    expect(result.relations).toBe(written?.relations);
    expect(await violations()).toEqual([]);
  });

  it('refuses, with a message, a relation whose end is nowhere, and counts only what it wrote', async () => {
    const extraction = extractArticle({ title: 'Talks', url: 'https://integrity.test/unknown-end', text: 'Norway praised Germany on Monday. Chile supplies Peru with copper.' });
    const relation = extraction.relations[0] as Extraction['relations'][number];
    const broken: Extraction = { ...extraction, relations: [...extraction.relations, { ...relation, targetId: 'country:nowhere', target: 'Nowhere' }] };
    const result = await loadExtraction(target, broken);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]).toMatch(/refused: its end country:nowhere is neither an entity of the article nor in the gazetteer/);
    expect(result.relations).toBe(extraction.relations.length);
    expect(await evidenceCount(result.articleId)).toBe(extraction.relations.length);
    const summary = await loadExtractions(target, [{ ...broken, article: { ...broken.article, url: 'https://integrity.test/unknown-end-2' } }]);
    expect(summary.refused).toHaveLength(1);
    expect(summary.relations).toBe(extraction.relations.length);
    expect(await violations()).toEqual([]);
  });
});

describe('updating and removing articles', () => {
  const base = (n: number, extra = ''): Article => ({
    title: `Report ${n}`,
    url: `https://integrity.test/update-${n}`,
    published: `2025-0${1 + (n % 9)}-1${n % 10}`,
    source: n % 2 ? 'Wire A' : 'Wire B',
    text: `Norway praised Germany on Monday. Chile supplies Peru with copper. ${extra}`.trim(),
  });
  it('gives the same graph as loading the final versions into an empty graph (aggregates taken out and added, never recomputed)', async () => {
    await wipeDatabase(driver, database);
    const first = [1, 2, 3, 4, 5, 6].map((n) => base(n, n % 2 ? 'Turkey accused Greece of violating its airspace.' : ''));
    await loadExtractions(target, first.map((a) => extractArticle(a)));
    // Updates: a sentence added, a sentence dropped, a new date (the article held lastSeen), an outlet change; one article removed.
    const changed = [
      base(1, 'Norway supplies Germany with natural gas.'),
      { ...base(2), text: 'Chile supplies Peru with copper.' },
      { ...base(5, 'Turkey accused Greece of violating its airspace.'), published: '2024-12-01' },
      { ...base(4), source: 'Wire C' },
    ];
    const summary = await loadExtractions(target, changed.map((a) => extractArticle(a)), { batchSize: 2 });
    expect(summary).toMatchObject({ updated: 4, failed: 0 });
    expect(await removeArticle(target, articleId(base(6)))).toBe(true);
    expect(await violations()).toEqual([]);
    const updated = await dump();

    await wipeDatabase(driver, database);
    const final = [changed[0], changed[1], base(3, 'Turkey accused Greece of violating its airspace.'), changed[3], changed[2]] as Article[];
    await loadExtractions(target, final.map((a) => extractArticle(a)));
    expect(await dump()).toEqual(updated);
  });
});

describe('merges that last', () => {
  const kara1: Article = { title: 'K1', url: 'https://integrity.test/k1', source: 'Wire A', published: '2025-03-01', text: 'Deputy Minister Pinar Kara praised Norway.' };
  const kara2: Article = { title: 'K2', url: 'https://integrity.test/k2', source: 'Wire B', published: '2025-04-01', text: 'Minister Kara visited Georgia on Monday. Kara also praised Norway.' };

  it('lands later loads of the removed entity on the kept one, lists the merge, and a reload matches the merged graph', async () => {
    await wipeDatabase(driver, database);
    await loadExtractions(target, [kara1, kara2].map((a) => extractArticle(a)));
    expect(await mergeEntities(target, 'person:pinar-kara', 'person:kara')).toEqual({ status: 'merged' });
    const merged = await dump();
    // Ingesting again the article that named the removed entity does not bring it back.
    expect((await loadExtraction(target, extractArticle(kara2), { force: true })).status).toBe('updated');
    expect(await read("MATCH (e:Entity {id: 'person:kara'}) RETURN e")).toHaveLength(0);
    const [visit] = await read("MATCH (:Entity {id: 'person:pinar-kara'})-[r:VISITED]->(g) RETURN g.name AS name");
    expect(visit?.name).toBe('Georgia');
    expect(await dump()).toEqual(merged);
    expect(await violations()).toEqual([]);
    const merges = await listMerges(target);
    expect(merges).toEqual([expect.objectContaining({ removedId: 'person:kara', removedName: 'Kara', keptId: 'person:pinar-kara', keptName: 'Pinar Kara' })]);
  });

  it('undoes a merge: the removed entity comes back with its mentions and relations', async () => {
    const result = await undoMerge(target, 'person:kara');
    expect(result).toMatchObject({ restoredId: 'person:kara', keptId: 'person:pinar-kara', reloadedArticles: 2 });
    const [visit] = await read("MATCH (:Entity {id: 'person:kara'})-[r:VISITED]->(g) RETURN g.name AS name");
    expect(visit?.name).toBe('Georgia');
    const [kept] = await read("MATCH (e:Entity {id: 'person:pinar-kara'}) RETURN e.aliases AS aliases");
    expect(kept?.aliases).not.toContain('Kara');
    expect(await listMerges(target)).toEqual([]);
    expect(await violations()).toEqual([]);
    const undone = await dump();
    await wipeDatabase(driver, database);
    await loadExtractions(target, [kara1, kara2].map((a) => extractArticle(a)));
    expect(await dump()).toEqual(undone);
    expect(await undoMerge(target, 'person:kara')).toBeUndefined();
  });
});
