import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGraph } from '../../seed/check/check.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { articleId } from '../../seed/load/plan.ts';
import type { Article } from '../../seed/types.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((r) => r.toObject());

// One relation, Iran SUPPLIES Russia, stated by outlets of three countries, hedged by one and denied by another.
const articles: Article[] = [
  { title: 'Drones', url: 'https://news.example.az/drones', source: 'Baku Wire', published: '2025-03-01', text: 'Iran supplied Russia with drones last year.' },
  { title: 'Drones', url: 'https://news.example.il/drones', source: 'Tel Aviv Daily', published: '2025-03-02', text: 'Ukraine said Iran supplied Russia with drones.' },
  { title: 'Drones', url: 'https://www.reuters.com/drones', source: 'Reuters', published: '2025-03-03', text: 'Iran reportedly supplied Russia with drones.' },
  { title: 'Drones', url: 'https://news.example.ir/drones', source: 'Tehran Wire', published: '2025-03-04', text: 'Iran denied supplying drones to Russia.' },
];
const relation = async () =>
  (await read(`MATCH (:Country {name: 'Iran'})-[r:SUPPLIES]->(:Country {name: 'Russia'})
               RETURN r.asserted AS asserted, r.attributed AS attributed, r.hedged AS hedged, r.denied AS denied, r.disputed AS disputed,
                      r.outletCountries AS countries, r.statuses AS statuses, r.score AS score`))[0];

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('claims through the graph', () => {
  it('stores each evidence sentence’s status and attribution, and the relation’s corroboration', async () => {
    await loadExtractions(target, articles.map(extractArticle));
    expect(await relation()).toMatchObject({ asserted: 1, attributed: 1, hedged: 1, denied: 1, disputed: true, countries: ['AZ', 'GB', 'IL', 'IR'] });
    const evidence = await read("MATCH (v:Evidence) WHERE v.relationId STARTS WITH 'SUPPLIES:' RETURN v.status AS status, v.attributedTo AS by ORDER BY v.date");
    expect(evidence).toEqual([
      { status: 'asserted', by: null },
      { status: 'attributed', by: 'Ukraine' },
      { status: 'hedged', by: null },
      { status: 'denied', by: 'Iran' },
    ]);
    expect((await checkGraph(target)).violations).toEqual([]);
  });

  it('reloads byte-identically, and removing the denial leaves an undisputed relation with a higher score', async () => {
    const before = await dumpGraph(driver, database);
    const disputedScore = (await relation())?.score as number;
    await loadExtractions(target, articles.map(extractArticle), { force: true });
    expect(await dumpGraph(driver, database)).toEqual(before);
    expect(await removeArticle(target, articleId(articles[3] as Article))).toBe(true);
    const after = await relation();
    expect(after).toMatchObject({ asserted: 1, attributed: 1, hedged: 1, denied: 0, disputed: false, countries: ['AZ', 'GB', 'IL'], statuses: ['asserted', 'attributed', 'hedged'] });
    expect(after?.score as number).toBeGreaterThan(disputedScore);
    expect((await checkGraph(target)).violations).toEqual([]);
  });
});
