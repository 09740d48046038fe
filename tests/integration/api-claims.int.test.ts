/**
 * Claims through the API over HTTP: each evidence sentence's status and who makes the claim,
 * a relation's counts per status, outlets, outlet countries and dispute, and every claim
 * filter of RelationFilter on relations(), Entity.relations, neighborhood and paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { serveArticles } from '../setup/served-articles.ts';

const article = (n: number, domain: string, source: string, text: string): Article => ({ title: `Claim ${n}`, url: `https://news.example.${domain}/claims-${n}`, source, published: `2025-03-0${n}`, text });

// Around Russia: Iran SUPPLIES Russia asserted, attributed, hedged and denied by outlets of four
// countries (disputed); Belarus SUPPLIES Russia only hedged, by one outlet; France SANCTIONS
// Russia asserted by two outlets of two countries. Iran SUPPLIES Armenia is only attributed.
const ARTICLES: Article[] = [
  article(1, 'az', 'Baku Wire', 'Iran supplied Russia with drones last year.'),
  article(2, 'il', 'Tel Aviv Daily', 'Ukraine said Iran supplied Russia with drones.'),
  { title: 'Claim 3', url: 'https://www.reuters.com/claims-3', source: 'Reuters', published: '2025-03-03', text: 'Iran reportedly supplied Russia with drones.' },
  article(4, 'ir', 'Tehran Wire', 'Iran denied supplying drones to Russia.'),
  article(5, 'pl', 'Warsaw Post', 'Western officials say Belarus supplied Russia with shells.'),
  article(6, 'fr', 'Paris Soir', 'France sanctioned Russia over the war.'),
  article(7, 'de', 'Berlin Blatt', 'France sanctioned Russia over the war.'),
  article(8, 'ge', 'Tbilisi Times', 'Ukraine said Iran supplied Armenia with drones.'),
];

const ids: Record<string, string> = {};
/** "Iran SUPPLIES Russia" for an edge, by the entities' names. */
const named = (e: { source: string; type: string; target: string }) => `${nameOf(e.source)} ${e.type} ${nameOf(e.target)}`;
const nameOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

async function hood(filter: Record<string, unknown> | null): Promise<string[]> {
  const { body } = await gql('query ($ids: [ID!]!, $filter: RelationFilter) { neighborhood(ids: $ids, filter: $filter) { edges { source target type } } }', { ids: [ids.Russia], filter });
  expect(body.errors).toBeUndefined();
  return (body.data.neighborhood.edges as { source: string; type: string; target: string }[]).map(named).sort();
}

const { driver, database, gql } = serveArticles(ARTICLES);
beforeAll(async () => {
  const rows = await driver.executeQuery('MATCH (e:Country) WHERE e.name IN $names RETURN e.name AS name, e.id AS id', { names: ['Iran', 'Russia', 'Belarus', 'France', 'Armenia', 'Ukraine'] }, { database });
  for (const r of rows.records) ids[r.get('name') as string] = r.get('id') as string;
});

describe('claims over the API', () => {
  it('gives each evidence sentence its status and who makes the claim, with the entity when there is one', async () => {
    const { body } = await gql(
      `query ($a: ID!, $b: ID!) { relations(filter: { pair: { a: $a, b: $b, direction: OUT }, types: [SUPPLIES] }) { nodes {
         claims { asserted attributed hedged proposed denied } disputed outletCount outletCountries
         evidence(orderBy: { field: DATE, direction: ASC }) { nodes { status attributedTo attributedToEntity { id name } article { source } } } } } }`,
      { a: ids.Iran, b: ids.Russia },
    );
    expect(body.errors).toBeUndefined();
    const [relation] = body.data.relations.nodes;
    expect(relation).toMatchObject({ claims: { asserted: 1, attributed: 1, hedged: 1, proposed: 0, denied: 1 }, disputed: true, outletCount: 4, outletCountries: ['AZ', 'GB', 'IL', 'IR'] });
    expect(relation.evidence.nodes).toEqual([
      { status: 'ASSERTED', attributedTo: null, attributedToEntity: null, article: { source: 'Baku Wire' } },
      { status: 'ATTRIBUTED', attributedTo: 'Ukraine', attributedToEntity: { id: ids.Ukraine, name: 'Ukraine' }, article: { source: 'Tel Aviv Daily' } },
      { status: 'HEDGED', attributedTo: null, attributedToEntity: null, article: { source: 'Reuters' } },
      { status: 'DENIED', attributedTo: 'Iran', attributedToEntity: { id: ids.Iran, name: 'Iran' }, article: { source: 'Tehran Wire' } },
    ]);
  });

  it('draws the same figures on graph edges, and a hedged phrase stays a phrase', async () => {
    const { body } = await gql('query ($ids: [ID!]!) { neighborhood(ids: $ids) { edges { source target type disputed outletCount outletCountries claims { asserted hedged } } } }', { ids: [ids.Russia] });
    const edges = Object.fromEntries((body.data.neighborhood.edges as any[]).map((e) => [named(e), e]));
    expect(edges['Belarus SUPPLIES Russia']).toMatchObject({ disputed: false, outletCount: 1, outletCountries: ['PL'], claims: { asserted: 0, hedged: 1 } });
    expect(edges['France SANCTIONS Russia']).toMatchObject({ disputed: false, outletCount: 2, outletCountries: ['DE', 'FR'], claims: { asserted: 2, hedged: 0 } });
    expect(edges['Iran SUPPLIES Russia']).toMatchObject({ disputed: true, outletCount: 4 });
    const hedged = await gql('query ($a: ID!, $b: ID!) { relations(filter: { pair: { a: $a, b: $b } }) { nodes { evidence { nodes { status attributedTo attributedToEntity { id } } } } } }', { a: ids.Belarus, b: ids.Russia });
    expect(hedged.body.data.relations.nodes[0].evidence.nodes).toEqual([{ status: 'HEDGED', attributedTo: 'Western officials', attributedToEntity: null }]);
  });

  it('filters a neighborhood by claims: asserted only, hedged-only left out, outlets, outlet countries, disputed', async () => {
    const all = ['Belarus SUPPLIES Russia', 'France SANCTIONS Russia', 'Iran SUPPLIES Russia'];
    expect(await hood(null)).toEqual(all);
    expect(await hood({ assertedOnly: true })).toEqual(['France SANCTIONS Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ statuses: ['ASSERTED'] })).toEqual(['France SANCTIONS Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ statuses: ['HEDGED'] })).toEqual(['Belarus SUPPLIES Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ statuses: ['DENIED', 'PROPOSED'] })).toEqual(['Iran SUPPLIES Russia']);
    expect(await hood({ excludeHedgedOnly: true })).toEqual(['France SANCTIONS Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ minOutlets: 2 })).toEqual(['France SANCTIONS Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ minOutlets: 3 })).toEqual(['Iran SUPPLIES Russia']);
    expect(await hood({ minOutletCountries: 2 })).toEqual(['France SANCTIONS Russia', 'Iran SUPPLIES Russia']);
    expect(await hood({ minOutletCountries: 4 })).toEqual(['Iran SUPPLIES Russia']);
    expect(await hood({ disputed: true })).toEqual(['Iran SUPPLIES Russia']);
    expect(await hood({ disputed: false })).toEqual(['Belarus SUPPLIES Russia', 'France SANCTIONS Russia']);
    expect(await hood({ assertedOnly: true, disputed: false })).toEqual(['France SANCTIONS Russia']);
  });

  it('applies the same filters to relations(), Entity.relations and paths', async () => {
    const list = async (filter: Record<string, unknown>) => {
      const { body } = await gql('query ($f: RelationFilter) { relations(filter: $f, first: 50) { totalCount nodes { source { id } type target { id } } } }', { f: filter });
      expect(body.errors).toBeUndefined();
      const names = (body.data.relations.nodes as any[]).map((r) => named({ source: r.source.id, type: r.type, target: r.target.id })).sort();
      expect(body.data.relations.totalCount).toBe(names.length);
      return names;
    };
    expect(await list({ types: ['SUPPLIES'], statuses: ['ATTRIBUTED'] })).toEqual(['Iran SUPPLIES Armenia', 'Iran SUPPLIES Russia']);
    expect(await list({ types: ['SUPPLIES'], assertedOnly: true })).toEqual(['Iran SUPPLIES Russia']);
    expect(await list({ minOutlets: 2, disputed: false })).toEqual(['France SANCTIONS Russia']);
    // With a date window the claim filters still read the all-time figures.
    expect(await list({ from: '2025-03-05', to: '2025-03-08', assertedOnly: true })).toEqual(['France SANCTIONS Russia']);

    const { body } = await gql('query ($id: ID!) { entity(id: $id) { all: relations { totalCount } corroborated: relations(filter: { minOutletCountries: 2 }) { totalCount edges { other { id } } } } }', { id: ids.Russia });
    expect(body.data.entity.all.totalCount).toBe(3);
    expect(body.errors).toBeUndefined();
    expect(body.data.entity.corroborated.totalCount).toBe(2);
    expect((body.data.entity.corroborated.edges as any[]).map((e) => nameOf(e.other.id)).sort()).toEqual(['France', 'Iran']);

    const paths = async (filter: Record<string, unknown> | null) => {
      const r = await gql('query ($a: ID!, $b: ID!, $f: RelationFilter) { paths(from: $a, to: $b, filter: $f) { length } }', { a: ids.Belarus, b: ids.France, f: filter });
      expect(r.body.errors).toBeUndefined();
      return r.body.data.paths.length as number;
    };
    expect(await paths(null)).toBeGreaterThan(0);
    expect(await paths({ assertedOnly: true })).toBe(0);
  });

  it('refuses a negative minimum and an empty list of statuses', async () => {
    const a = await gql('{ relations(filter: { minOutlets: -1 }) { totalCount } }');
    expect(a.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const b = await gql('{ relations(filter: { statuses: [] }) { totalCount } }');
    expect(b.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
