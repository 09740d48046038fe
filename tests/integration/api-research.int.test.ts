/**
 * The API as researchers use it, over real HTTP against the real Neo4j: standard introspection,
 * what is between two entities, relations seen from one end, and dates meaning "what the
 * articles of that period said". Articles written for these tests, with known dates.
 */
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { serveArticles } from '../setup/served-articles.ts';

const CHILE = 'Q298';
const PERU = 'Q419';
const BOLIVIA = 'Q750';
const ARTICLES: Article[] = [
  { title: 'Maritime row', url: 'https://t.test/r1', published: '2021-02-10', source: 'Wire A', text: 'Chile accused Peru of violating the maritime border. Tensions between Chile and Peru rose after the incident.' },
  { title: 'Navy claims', url: 'https://t.test/r2', published: '2021-11-05', source: 'Wire B', text: 'Peru accused Chile of spying on its navy.' },
  { title: 'Fishing rights', url: 'https://t.test/r3', published: '2023-05-20', source: 'Wire A', text: 'Tensions between Peru and Chile rose again over fishing rights. Chile praised Bolivia for its restraint.' },
  { title: 'Trade blocked', url: 'https://t.test/r4', published: '2024-08-01', source: 'Wire B', text: 'Chile accused Peru of blocking trade at the border crossing.' },
];

const { gql } = serveArticles(ARTICLES);
const codeOf = async (query: string, variables: Record<string, unknown> = {}) => (await gql(query, variables)).body.errors?.[0]?.extensions.code;


describe('standard tooling', () => {
  it("answers graphql-js's standard introspection query, with every option a client may ask for", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const { status, body } = await gql(query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const schema = buildClientSchema(body.data);
    const fields = schema.getQueryType()!.getFields();
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['pair', 'relations', 'entities', 'node', 'search']));
    expect(fields.pair!.description).toMatch(/between two entities/);
  });

  it('still refuses introspection nested to blow up, and deep data queries', async () => {
    expect(await codeOf('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    const deep = '{ entity(id: "Q298") { relations { nodes { source { relations { nodes { target { relations { nodes { source { relations { nodes { id } } } } } } } } } } } } }';
    expect((await gql(deep)).body.errors?.[0]?.message).toMatch(/levels deep; the limit is 10/);
  });
});

const RELATION = 'id type symmetric source { id } target { id } articleCount';

describe('what is between two entities', () => {
  it('filters relations by pair, either way, and by direction', async () => {
    const pair = await gql(`{ relations(filter: { pair: { a: "${CHILE}", b: "${PERU}" } }) { totalCount nodes { ${RELATION} } } }`);
    const either = await gql(`{ relations(filter: { entityIds: ["${CHILE}", "${PERU}"] }) { totalCount } }`);
    expect(pair.body.data.relations.totalCount).toBe(3);
    // Either end, not both: also "Chile praised Bolivia" and the Peruvian Navy, part of Peru.
    expect(either.body.data.relations.totalCount).toBe(5);
    for (const r of pair.body.data.relations.nodes) expect([r.source.id, r.target.id].sort()).toEqual([CHILE, PERU]);
    const out = await gql(`{ relations(filter: { pair: { a: "${CHILE}", b: "${PERU}", direction: OUT } }) { nodes { type symmetric source { id } } } }`);
    expect(out.body.data.relations.nodes.map((r: any) => `${r.type}:${r.symmetric ? 'mutual' : r.source.id}`).sort()).toEqual([`ACCUSES:${CHILE}`, 'IN_TENSION_WITH:mutual']);
    const into = await gql(`{ relations(filter: { pair: { a: "${CHILE}", b: "${PERU}", direction: IN } }) { nodes { type symmetric source { id } } } }`);
    expect(into.body.data.relations.nodes.map((r: any) => `${r.type}:${r.symmetric ? 'mutual' : r.source.id}`).sort()).toEqual([`ACCUSES:${PERU}`, 'IN_TENSION_WITH:mutual']);
    expect(await codeOf(`{ relations(filter: { pair: { a: "${CHILE}", b: "${CHILE}" } }) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('summarizes a pair: counts by class and type, first and last evidence date, and the evidence itself', async () => {
    const { body } = await gql(`{ pair(a: "${CHILE}", b: "${PERU}") {
      a { name } b { name } relationCount evidenceCount articleCount firstDate lastDate
      byClass { key relations evidence articles } byType { key relations evidence articles firstDate lastDate }
      evidence(first: 10) { totalCount nodes { sentence date relation { type } } }
      relations { totalCount nodes { type } } } }`);
    const pair = body.data.pair;
    expect(pair).toMatchObject({ a: { name: 'Chile' }, b: { name: 'Peru' }, relationCount: 3, evidenceCount: 5, articleCount: 4, firstDate: '2021-02-10', lastDate: '2024-08-01' });
    expect(pair.byClass).toEqual([{ key: 'VERBAL_CONFLICT', relations: 3, evidence: 5, articles: 4 }]);
    expect(pair.byType).toEqual([
      { key: 'ACCUSES', relations: 2, evidence: 3, articles: 3, firstDate: '2021-02-10', lastDate: '2024-08-01' },
      { key: 'IN_TENSION_WITH', relations: 1, evidence: 2, articles: 2, firstDate: '2021-02-10', lastDate: '2023-05-20' },
    ]);
    expect(pair.evidence.totalCount).toBe(5);
    expect(pair.evidence.nodes.map((e: any) => e.date)).toEqual(['2024-08-01', '2023-05-20', '2021-11-05', '2021-02-10', '2021-02-10']);
    expect(pair.relations.totalCount).toBe(3);
    expect((await gql('{ pair(a: "Q298", b: "nobody") { relationCount } }')).body.data.pair).toBeNull();
  });

  it('summarizes a pair inside a date window and in one direction', async () => {
    const { body } = await gql(`{ pair(a: "${CHILE}", b: "${PERU}", from: "2021", to: "2021") { relationCount evidenceCount articleCount firstDate lastDate evidence { nodes { date } } } }`);
    expect(body.data.pair).toMatchObject({ relationCount: 3, evidenceCount: 3, articleCount: 2, firstDate: '2021-02-10', lastDate: '2021-11-05' });
    expect(body.data.pair.evidence.nodes.every((e: any) => e.date.startsWith('2021'))).toBe(true);
    const late = await gql(`{ pair(a: "${PERU}", b: "${CHILE}", direction: OUT, from: "2023-01") { relationCount byType { key evidence } } }`);
    expect(late.body.data.pair).toEqual({ relationCount: 1, byType: [{ key: 'IN_TENSION_WITH', evidence: 1 }] });
  });

  it('lists an entity’s relations with the other end and the way each runs, honouring entityIds and direction', async () => {
    const seen = (ids: string) => gql(`{ entity(id: "${PERU}") { relations(filter: { entityIds: ${ids} }) { totalCount edges { orientation other { id } node { type } } } } }`);
    const chile = (await seen(`["${CHILE}"]`)).body.data.entity.relations;
    expect(chile.totalCount).toBe(3);
    expect((await seen('["nonexistent"]')).body.data.entity.relations.totalCount).toBe(0);
    expect(chile.edges.every((e: any) => e.other.id === CHILE)).toBe(true);
    expect(chile.edges.map((e: any) => `${e.node.type}:${e.orientation}`).sort()).toEqual(['ACCUSES:IN', 'ACCUSES:OUT', 'IN_TENSION_WITH:MUTUAL']);
    // The symmetric relation is stored Chile → Peru (smaller id first); from Peru its other end is still Chile.
    const out = await gql(`{ entity(id: "${PERU}") { relations(direction: OUT) { edges { orientation other { name } node { type source { id } } } } } }`);
    expect(out.body.data.entity.relations.edges.map((e: any) => `${e.node.type}:${e.orientation}:${e.other.name}`).sort()).toEqual(['ACCUSES:OUT:Chile', 'IN_TENSION_WITH:MUTUAL:Chile']);
    const chileOut = await gql(`{ entity(id: "${CHILE}") { relations(direction: OUT) { totalCount edges { other { id } } } } }`);
    expect(chileOut.body.data.entity.relations.edges.map((e: any) => e.other.id).sort()).toEqual([PERU, PERU, BOLIVIA].sort());
  });
});

describe('dates as researchers mean them', () => {
  it('keeps relations with evidence in the window, with the window’s counts, and filters their evidence to it', async () => {
    const { body } = await gql(`{ relations(filter: { from: "2021", to: "2021", types: [ACCUSES] }) {
      totalCount nodes { type source { id } articleCount window { from to evidenceCount articleCount score firstSeen lastSeen } evidence { totalCount nodes { date } } } } }`);
    const chileAccuses = body.data.relations.nodes.find((r: any) => r.source.id === CHILE);
    expect(body.data.relations.totalCount).toBe(2);
    expect(chileAccuses.articleCount).toBe(2); // all dates
    expect(chileAccuses.window).toMatchObject({ from: '2021', to: '2021', evidenceCount: 1, articleCount: 1, firstSeen: '2021-02-10', lastSeen: '2021-02-10' });
    expect(chileAccuses.window.score).toBeGreaterThan(0);
    expect(chileAccuses.evidence).toEqual({ totalCount: 1, nodes: [{ date: '2021-02-10' }] });
    // 2022: the spans of Chile's accusation (2021–2024) and of the tension (2021–2023) cover it, but no article of 2022 says anything.
    expect((await gql('{ relations(filter: { from: "2022-01-01", to: "2022-12-31" }) { totalCount nodes { id } } }')).body.data.relations).toEqual({ totalCount: 0, nodes: [] });
  });

  it('pages a relation’s evidence in a chosen window and order', async () => {
    const id = (await gql(`{ relations(filter: { pair: { a: "${CHILE}", b: "${PERU}", direction: OUT }, types: [ACCUSES] }) { nodes { id } } }`)).body.data.relations.nodes[0].id;
    const all = await gql('query($id: ID!) { relation(id: $id) { evidence(orderBy: { field: DATE, direction: ASC }) { nodes { date } } } }', { id });
    expect(all.body.data.relation.evidence.nodes.map((e: any) => e.date)).toEqual(['2021-02-10', '2024-08-01']);
    const recent = await gql('query($id: ID!) { relation(id: $id) { evidence(from: "2024-08") { totalCount nodes { date } } } }', { id });
    expect(recent.body.data.relation.evidence).toEqual({ totalCount: 1, nodes: [{ date: '2024-08-01' }] });
    // A window on the filter is the evidence's default; an explicit null opens it again.
    const reopened = await gql('{ relations(filter: { from: "2024", types: [ACCUSES] }) { nodes { window { evidenceCount } evidence(from: null) { totalCount } } } }');
    expect(reopened.body.data.relations.nodes).toEqual([{ window: { evidenceCount: 1 }, evidence: { totalCount: 2 } }]);
  });

  it('refuses impossible dates everywhere, with the argument named', async () => {
    const refusals = [
      '{ relations(filter: { from: "2024-13-45" }) { totalCount } }',
      '{ relations(filter: { to: "2023-02-29" }) { totalCount } }',
      '{ relations(filter: { from: "2024", to: "2023" }) { totalCount } }',
      '{ articles(filter: { from: "2024-02-30" }) { totalCount } }',
      '{ articles(filter: { to: "last week" }) { totalCount } }',
      '{ neighborhood(ids: ["Q298"], filter: { from: "2021-00" }) { truncated } }',
      `{ pair(a: "${CHILE}", b: "${PERU}", from: "21") { relationCount } }`,
    ];
    for (const query of refusals) {
      const { body } = await gql(query);
      expect(body.errors?.[0]?.extensions.code, query).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, query).toMatch(/"(filter\.)?(from|to)"/);
    }
    expect((await gql('{ articles(filter: { from: "2024-02-29", to: "2024-12" }) { totalCount } }')).body.data.articles.totalCount).toBe(1);
  });
});
