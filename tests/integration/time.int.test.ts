/**
 * Time over the API (issue 22), on articles of our own: event times on evidence and relations;
 * what holds between two entities, superseded states kept, in any load order, reopened when the
 * article that closed them goes; the graph as known on a day (asOf) on relations, pair,
 * neighborhood and paths, equal to the same window read from the evidence; date filters by
 * event time; and the lifecycle of an agreement.
 */
import { describe, expect, it } from 'vitest';
import { wipeDatabase } from '../../db/wipe.ts';
import { checkGraph } from '../../seed/check/check.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { loadExtractions, mergeEntities, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { articleId } from '../../seed/load/plan.ts';
import type { Article } from '../../seed/types.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { serveArticles } from '../setup/served-articles.ts';

const article = (n: number, published: string, text: string): Article => ({ title: `Time ${n}`, url: `https://time.test/${n}`, source: n % 2 ? 'Wire A' : 'Wire B', published, text });

const ESTABLISHED = article(1, '2023-03-01', 'Chile and Peru established diplomatic relations in 1992.');
const CUT = article(2, '2024-05-02', 'Chile recalled its ambassador from Peru in 2016 after a dispute over fishing rights.');
const RESTORED = article(3, '2025-01-10', 'Chile and Peru restored diplomatic relations in 2023.');
const ARTICLES: Article[] = [
  ESTABLISHED,
  CUT,
  RESTORED,
  article(4, '2022-06-01', 'Chile imposed sanctions on Bolivia in March 2021.'),
  article(5, '2024-11-20', 'Chile lifted sanctions on Bolivia last month.'),
  article(6, '2021-02-01', 'Chad attacked Niger in 2020.'),
  article(7, '2022-02-01', 'Chad and Niger agreed to a ceasefire in 2021.'),
  article(8, '2024-02-01', 'Chile and Peru signed the Andean Fisheries Accord in 1994. The Andean Fisheries Accord entered into force in 1996.'),
  article(9, '2025-02-01', 'Chile plans to withdraw from the Andean Fisheries Accord. Peru did not ratify the Andean Fisheries Accord.'),
];

const { driver, database, gql, ids } = serveArticles(ARTICLES, { wipe: true });
const target = { driver, database };

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { body } = await gql(text, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const PERIOD = 'lifecycle state since until holds superseded statements source { name } target { name } opening { time timeBasis sentence article { id } } closing { time sentence evidence { id } event { kind } }';

describe('event time beside publication time', () => {
  it('gives evidence its event time with precision and text, and relations their first and last event', async () => {
    const data = await query(
      `query ($a: ID!, $b: ID!) { relations(filter: { pair: { a: $a, b: $b }, types: [REDUCES_TIES_WITH, NORMALIZES_WITH] }, orderBy: { field: FIRST_SEEN, direction: ASC }) {
         nodes { type firstSeen lastSeen firstEvent lastEvent evidence(orderBy: { field: DATE, direction: ASC }) { nodes { date eventTime { date precision text } } } } } }`,
      { a: ids.Chile, b: ids.Peru },
    );
    expect(data.relations.nodes).toEqual([
      {
        type: 'NORMALIZES_WITH', firstSeen: '2023-03-01', lastSeen: '2025-01-10', firstEvent: '1992', lastEvent: '2023',
        evidence: { nodes: [{ date: '2023-03-01', eventTime: { date: '1992', precision: 'YEAR', text: 'in 1992' } }, { date: '2025-01-10', eventTime: { date: '2023', precision: 'YEAR', text: 'in 2023' } }] },
      },
      { type: 'REDUCES_TIES_WITH', firstSeen: '2024-05-02', lastSeen: '2024-05-02', firstEvent: '2016', lastEvent: '2016', evidence: { nodes: [{ date: '2024-05-02', eventTime: { date: '2016', precision: 'YEAR', text: 'in 2016' } }] } },
    ]);
    // "last month" resolved against the article's date, to the month.
    const eased = await query('query ($a: ID!) { entity(id: $a) { relations(filter: { types: [EASES_SANCTIONS] }) { nodes { firstEvent } } } }', { a: ids.Chile });
    expect(eased.entity.relations.nodes).toEqual([{ firstEvent: '2024-10' }]);
  });

  it('filters by the time each filter names: publication by default, event time with by: EVENT', async () => {
    const types = async (filter: Record<string, unknown>) =>
      ((await query('query ($f: RelationFilter) { relations(filter: $f) { nodes { type } } }', { f: filter })).relations.nodes as { type: string }[]).map((n) => n.type).sort();
    expect(await types({ since: '2016', until: '2016', by: 'EVENT' })).toEqual(['REDUCES_TIES_WITH']);
    expect(await types({ since: '2016', until: '2016' })).toEqual([]);
    // A time known to the year counts in a window inside that year.
    expect(await types({ since: '2016-03', until: '2016-04', by: 'EVENT' })).toEqual(['REDUCES_TIES_WITH']);
    const evidence = await query('{ evidence(filter: { since: "1990", until: "1993", by: EVENT }) { nodes { eventTime { date } relation { type } } } }');
    expect(evidence.evidence.nodes).toEqual([{ eventTime: { date: '1992' }, relation: { type: 'NORMALIZES_WITH' } }]);
  });
});

describe('what holds between two entities', () => {
  it('keeps every period, each opened and closed by a sentence, the superseded ones marked', async () => {
    const data = await query(`query ($a: ID!, $b: ID!) { pair(a: $a, b: $b) { history { ${PERIOD} } } }`, { a: ids.Peru, b: ids.Chile });
    expect(data.pair.history.map((p: any) => [p.state, p.since, p.until, p.holds, p.superseded])).toEqual([
      ['TIES_NORMAL', '1992', '2016', false, true],
      ['TIES_CUT', '2016', '2023', false, true],
      ['TIES_NORMAL', '2023', null, true, false],
    ]);
    const cut = data.pair.history[1];
    expect(cut.opening).toMatchObject({ time: '2016', timeBasis: 'EVENT', sentence: CUT.text, article: { id: articleId(CUT) } });
    expect(cut.closing).toMatchObject({ time: '2023', sentence: RESTORED.text, event: null });
  });

  it('answers what held on a day, and as known on a day', async () => {
    const data = await query(
      `query ($a: ID!, $b: ID!) {
         now: pair(a: $a, b: $b) { then: state(asOf: "2020") { state since until holds } latest: state { state since } }
         known: pair(a: $a, b: $b, asOf: "2024-12-31") { state { state since until holds } relations { nodes { type state { state holds until } window { articleCount asOf } } } }
       }`,
      { a: ids.Chile, b: ids.Peru },
    );
    expect(data.now.then).toEqual([{ state: 'TIES_CUT', since: '2016', until: '2023', holds: true }]);
    expect(data.now.latest).toEqual([{ state: 'TIES_NORMAL', since: '2023' }]);
    // Before the restoration was published, the ties were known to be cut.
    expect(data.known.state).toEqual([{ state: 'TIES_CUT', since: '2016', until: null, holds: true }]);
    const reduces = data.known.relations.nodes.find((n: any) => n.type === 'REDUCES_TIES_WITH');
    expect(reduces).toEqual({ type: 'REDUCES_TIES_WITH', state: { state: 'TIES_CUT', holds: true, until: null }, window: { articleCount: 1, asOf: '2024-12-31' } });
    const latest = await query('query ($id: ID!) { relation(id: $id) { state { holds until closing { time } } } }', { id: (await relationId('REDUCES_TIES_WITH')) });
    expect(latest.relation.state).toEqual({ holds: false, until: '2023', closing: { time: '2023' } });
  });

  it('gives the states of a canvas of relations on a day in one request: ended by then, or holding', async () => {
    const [reduces, normalizes, attacks] = await Promise.all(['REDUCES_TIES_WITH', 'NORMALIZES_WITH', 'ATTACKS'].map(relationId));
    const ask = (asOf: string) =>
      query(`query ($ids: [ID!]!, $asOf: Date!) { relationStates(ids: $ids, asOf: $asOf) { relationId period { state since until holds superseded closing { state time } } } }`, {
        ids: [reduces, normalizes, attacks, 'SUPPORTS:unknown', 'REDUCES_TIES_WITH:unknown'],
        asOf,
      }).then((d) => d.relationStates);
    // Before the restoration was published: the ties known cut since 2016 (the normal ties ended then), the attacks ended by the ceasefire.
    expect(await ask('2024-12-31')).toEqual([
      { relationId: reduces, period: { state: 'TIES_CUT', since: '2016', until: null, holds: true, superseded: false, closing: null } },
      { relationId: normalizes, period: { state: 'TIES_NORMAL', since: '1992', until: '2016', holds: false, superseded: true, closing: { state: 'TIES_CUT', time: '2016' } } },
      { relationId: attacks, period: { state: 'HOSTILITIES', since: '2020', until: '2021', holds: false, superseded: true, closing: { state: 'CEASEFIRE', time: '2021' } } },
    ]);
    // Once it was published, the cut ties are the ended ones.
    const after = await ask('2025-02');
    expect(after.slice(0, 2)).toEqual([
      { relationId: reduces, period: { state: 'TIES_CUT', since: '2016', until: '2023', holds: false, superseded: true, closing: { state: 'TIES_NORMAL', time: '2023' } } },
      { relationId: normalizes, period: { state: 'TIES_NORMAL', since: '2023', until: null, holds: true, superseded: false, closing: null } },
    ]);
    // Before any of it was published, nothing is known.
    expect(await ask('2020-12-31')).toEqual([]);
    const { body } = await gql('query ($ids: [ID!]!) { relationStates(ids: $ids, asOf: "2025") { relationId } }', { ids: Array.from({ length: 2001 }, (_, i) => `ATTACKS:${i}`) });
    expect(body.errors?.[0]?.message).toMatch(/at most 2000 ids/);
  });

  it('follows sanctions per direction, and ends hostilities with a ceasefire (an event, not a relation)', async () => {
    const data = await query(
      `query ($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
         sanctions: pair(a: $a, b: $b) { history { ${PERIOD} } }
         war: pair(a: $c, b: $d) { state { ${PERIOD} } history { state since until } }
       }`,
      { a: ids.Bolivia, b: ids.Chile, c: ids.Niger, d: ids.Chad },
    );
    expect(data.sanctions.history.map((p: any) => [p.state, p.source.name, p.target.name, p.since, p.until])).toEqual([
      ['SANCTIONED', 'Chile', 'Bolivia', '2021-03', '2024-10'],
      ['SANCTIONS_EASED', 'Chile', 'Bolivia', '2024-10', null],
    ]);
    expect(data.war.history).toEqual([
      { state: 'HOSTILITIES', since: '2020', until: '2021' },
      { state: 'CEASEFIRE', since: '2021', until: null },
    ]);
    expect(data.war.state[0]).toMatchObject({ state: 'CEASEFIRE', source: null, opening: { time: '2021', sentence: 'Chad and Niger agreed to a ceasefire in 2021.' } });
  });
});

describe('the graph as known on a day (asOf)', () => {
  it('gives relations the figures of the evidence published by then, as a window to that day does', async () => {
    const f = 'nodes { id window { articleCount evidenceCount score firstSeen lastSeen firstEvent lastEvent } }';
    const data = await query(`{ asOf: relations(filter: { asOf: "2024-06-01" }, first: 100) { ${f} } until: relations(filter: { until: "2024-06-01" }, first: 100) { ${f} } }`);
    expect(data.asOf.nodes.length).toBe(6);
    expect(data.asOf.nodes).toEqual(data.until.nodes);
    const normalized = data.asOf.nodes.find((n: any) => n.id.startsWith('NORMALIZES_WITH'));
    expect(normalized.window).toEqual({ articleCount: 1, evidenceCount: 1, score: expect.any(Number), firstSeen: '2023-03-01', lastSeen: '2023-03-01', firstEvent: '1992', lastEvent: '1992' });
  });

  it('limits neighborhood, paths and pair to what was known, with the figures of then', async () => {
    const data = await query(
      `query ($chile: ID!, $peru: ID!, $bolivia: ID!) {
         before: neighborhood(ids: [$chile], filter: { asOf: "2022-12-31" }) { edges { type window { articleCount asOf } } }
         after: neighborhood(ids: [$chile], filter: { asOf: "2023-06-30", types: [NORMALIZES_WITH, SANCTIONS] }) { edges { type window { articleCount } state { state holds } } }
         noPath: paths(from: $peru, to: $bolivia, filter: { asOf: "2022-12-31" }) { length }
         path: paths(from: $peru, to: $bolivia, filter: { asOf: "2023-06-30" }) { length edges { type window { articleCount } } }
         pair(a: $chile, b: $peru, asOf: "2023-06-30") { relationCount evidenceCount lastDate asOf }
       }`,
      { chile: ids.Chile, peru: ids.Peru, bolivia: ids.Bolivia },
    );
    expect(data.before.edges).toEqual([{ type: 'SANCTIONS', window: { articleCount: 1, asOf: '2022-12-31' } }]);
    expect(data.after.edges.map((e: any) => e.type).sort()).toEqual(['NORMALIZES_WITH', 'SANCTIONS']);
    // As of mid-2023 the sanctions still held: their easing was published in 2024.
    expect(data.after.edges.find((e: any) => e.type === 'SANCTIONS').state).toEqual({ state: 'SANCTIONED', holds: true });
    expect(data.noPath).toEqual([]);
    expect(data.path).toEqual([{ length: 2, edges: [{ type: 'NORMALIZES_WITH', window: { articleCount: 1 } }, { type: 'SANCTIONS', window: { articleCount: 1 } }] }]);
    expect(data.pair).toEqual({ relationCount: 1, evidenceCount: 1, lastDate: '2023-03-01', asOf: '2023-06-30' });
  });
});

describe('the life of an agreement', () => {
  it('lists its events in time order with who did them, their time and status: a plan is proposed, a negation nothing', async () => {
    const data = await query(
      `query ($id: ID!) { entity(id: $id) { instrument { lifecycle { id kind actors { name } time eventTime { date precision } status sentence article { id } } } } }`,
      { id: ids['Andean Fisheries Accord'] },
    );
    const events = data.entity.instrument.lifecycle;
    expect(events.map((e: any) => [e.kind, e.actors.map((a: any) => a.name).join(' & '), e.time, e.status])).toEqual([
      ['SIGNED', 'Chile & Peru', '1994', 'ASSERTED'],
      ['IN_FORCE', '', '1996', 'ASSERTED'],
      ['WITHDRAWN', 'Chile', '2025-02-01', 'PROPOSED'],
    ]);
    const node = await query('query ($id: ID!) { node(id: $id) { __typename ... on LifecycleEvent { kind instrument { name } } } }', { id: events[0].id });
    expect(node.node).toEqual({ __typename: 'LifecycleEvent', kind: 'SIGNED', instrument: { name: 'Andean Fisheries Accord' } });
    const done = await query('query ($id: ID!) { instrument(id: $id) { lifecycle(statuses: [ASSERTED, ATTRIBUTED], kinds: [WITHDRAWN]) { kind } } }', { id: ids['Andean Fisheries Accord'] });
    expect(done.instrument.lifecycle).toEqual([]);
  });
});

describe('the same graph whatever the order, and states reopen when their closing article goes', () => {
  it('loads in reverse order to an identical graph that the check holds, then reopens the cut ties when the restoration is removed', async () => {
    const forward = await dumpGraph(driver, database);
    await wipeDatabase(driver, database);
    await loadExtractions(target, [...ARTICLES].reverse().map((a) => extractArticle(a)));
    expect(await dumpGraph(driver, database)).toEqual(forward);
    expect((await checkGraph(target)).violations).toEqual([]);

    expect(await removeArticle(target, articleId(RESTORED))).toBe(true);
    const data = await query(`query ($a: ID!, $b: ID!) { pair(a: $a, b: $b) { state { state since until holds } history { state } } }`, { a: ids.Chile, b: ids.Peru });
    expect(data.pair.state).toEqual([{ state: 'TIES_CUT', since: '2016', until: null, holds: true }]);
    expect(data.pair.history.map((p: any) => p.state)).toEqual(['TIES_NORMAL', 'TIES_CUT']);
    expect((await checkGraph(target)).violations).toEqual([]);
  });

  it('rewrites events when their actor is merged away, as a reload of the articles would write them', async () => {
    const signed = article(10, '2024-03-01', 'President Ana Ruiz of Chile signed the Andean Fisheries Accord in 1994.');
    const again = article(11, '2024-04-01', 'Minister Ruiz extended the Andean Fisheries Accord in 2014.');
    await loadExtractions(target, [signed, again].map((a) => extractArticle(a)));
    expect(await mergeEntities(target, 'person:ana-ruiz', 'person:ruiz')).toEqual({ status: 'merged' });
    const merged = await dumpGraph(driver, database);
    const events = merged.filter((line) => line.startsWith('Event '));
    expect(events.filter((line) => line.includes('person:ruiz'))).toEqual([]);
    expect(events.filter((line) => line.includes('person:ana-ruiz'))).toHaveLength(2);
    expect((await checkGraph(target)).violations).toEqual([]);
    await loadExtractions(target, [signed, again].map((a) => extractArticle(a)), { force: true });
    expect(await dumpGraph(driver, database)).toEqual(merged);
  });
});

async function relationId(type: string): Promise<string> {
  const rows = await driver.executeQuery(`MATCH ()-[r:${type}]->() RETURN r.id AS id LIMIT 1`, {}, { database });
  return rows.records[0]?.get('id') as string;
}
