import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './admission.ts';
import { estimateCost, MAX_COST, QUERY_COST } from './limits.ts';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../schema.graphql'), 'utf8'));
const costOf = (query: string, variables?: Record<string, unknown>, operationName?: string) => estimateCost({ schema, document: parse(query), variables, operationName });
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The query: every default page (50 entities, 20 relations each, 20 again) runs, each entity's relations a query of its own. */
const NESTED = '{ entities { nodes { relations { nodes { source { relations { nodes { target { id } } } } } } } } }';

describe('query cost', () => {
  it('counts the pages a connection returns by default, as if they were written out', () => {
    const written = '{ entities(first: 50) { nodes { relations(first: 20) { nodes { source { relations(first: 20) { nodes { target { id } } } } } } } } }';
    expect(costOf(NESTED)).toBe(costOf(written));
    expect(costOf(NESTED)).toBeGreaterThan(MAX_COST);
    expect(costOf('{ entities(first: 5) { nodes { relations(first: 5) { nodes { source { relations(first: 5) { nodes { target { id } } } } } } } } }')).toBeLessThan(MAX_COST / 10);
    expect(costOf('{ entities(first: 20) { nodes { relations(first: 20) { nodes { source { relations(first: 20) { nodes { target { id } } } } } } } } }')).toBeGreaterThan(MAX_COST);
  });

  it('counts a query for each object whose field runs one of its own', () => {
    const flat = costOf('{ entities(first: 100) { nodes { id name } } }');
    const nested = costOf('{ entities(first: 100) { nodes { id name relationCounts { key count } } } }');
    expect(nested - flat).toBe(100 * QUERY_COST);
  });

  it("uses a variable's value when the request gives it, the argument's default when it leaves it out", () => {
    const query = 'query ($n: Int) { relations(first: $n) { nodes { id source { id } } } }';
    expect(costOf(query, { n: 5 })).toBeLessThan(costOf(query, { n: 500 }));
    expect(costOf(query, {})).toBe(costOf(query, { n: 50 }));
    const required = 'query ($n: Int!) { relations(first: $n) { nodes { id source { id } } } }';
    expect(costOf(required, { n: 'many' })).toBe(costOf(query, { n: 500 })); // execution refuses it; until then, the largest page
    expect(costOf(query, { n: 100_000 })).toBe(costOf(query, { n: 500 })); // the resolver refuses it with a clear message
  });

  it('leaves out what @include and @skip leave out, when the variable is known', () => {
    const query = 'query ($with: Boolean!) { pair(a: "a", b: "b") { evidenceCount relations(first: 500) @include(if: $with) { nodes { id source { id } } } } }';
    expect(costOf(query, { with: false })).toBe(costOf('{ pair(a: "a", b: "b") { evidenceCount } }'));
    expect(costOf(query, { with: true })).toBeGreaterThan(costOf(query, { with: false }) + 500);
  });

  it('counts each alias of a root field as database work, stats and neighborhoods more than a lookup', () => {
    expect(costOf('{ stats { articles } }')).toBeGreaterThan(costOf('{ entity(id: "Q1") { id } }'));
    expect(costOf(aliases(300, 'stats { articles }'))).toBeGreaterThan(MAX_COST);
    expect(costOf(aliases(500, 'entity(id: "Q1") { id }'))).toBeGreaterThanOrEqual(500 * QUERY_COST);
    expect(costOf(aliases(30, 'neighborhood(ids: ["Q1"], limit: 1) { truncated }'))).toBeGreaterThanOrEqual(30 * 2 * QUERY_COST);
  });

  it('prices a deeper neighborhood and a longer path search higher', () => {
    const hood = (depth: number) => costOf(`{ neighborhood(ids: ["a"], depth: ${depth}) { edges { id } } }`);
    expect(hood(2)).toBeGreaterThan(hood(1));
    expect(costOf('{ paths(from: "a", to: "b", maxHops: 6) { length } }')).toBeGreaterThan(costOf('{ paths(from: "a", to: "b", maxHops: 2) { length } }'));
  });

  it('counts a total per connection it is asked of, a batched evidence count as an item', () => {
    expect(costOf('{ entities(first: 100) { nodes { articles(first: 0) { totalCount } } } }')).toBeGreaterThanOrEqual(100 * 2 * QUERY_COST);
    expect(costOf('{ relations(first: 100) { nodes { evidence(first: 0) { totalCount } } } }')).toBeLessThan(100 * QUERY_COST);
  });

  it('follows fragments and inline fragments on their own type', () => {
    const inline = costOf('{ node(id: "x") { ... on Entity { relations(first: 100) { nodes { id source { id } } } } } }');
    const spread = costOf('query { node(id: "x") { ...E } } fragment E on Entity { relations(first: 100) { nodes { id source { id } } } }');
    expect(inline).toBe(spread);
    expect(inline).toBeGreaterThan(200);
  });

  it("lets the explorer's largest queries through, and a busy minute of them stays well within a client's default budget", () => {
    // The explorer's queries (web/src/api.ts) with the variables it sends.
    const edge = 'id source target type class symmetric articleCount score firstSeen lastSeen outlets evidenceByMonth { key count } claims { asserted attributed hedged proposed denied } disputed outletCountries';
    const evidence = 'id sentence status attributedTo attributedToEntity { id name } start end confidence date article { id title source published } highlights { entityId start end }';
    const search = costOf('query ($text: String!) { search(text: $text, first: 8) { score entity { id name type degree } } }', { text: 'ir' });
    const hood = (limit: number) =>
      costOf(`query ($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, depth: 1, limit: $limit) { nodes { id label type degree country } edges { ${edge} } truncated omitted { key count } } }`, { ids: ['a'], limit });
    const entity = costOf('query ($id: ID!) { entity(id: $id) { id name type aliases wikidataId country degree relationCounts { key count } articles(first: 0) { totalCount } } }', { id: 'a' });
    const relation = costOf(`query ($id: ID!) { relation(id: $id) { id type source { id name } target { id name } evidence(first: 50) { totalCount nodes { ${evidence} } } } }`, { id: 'r' });
    const article = costOf('query ($id: ID!) { article(id: $id) { id title text mentions(first: 5000) { nodes { start end entity { id name type } } } relations(first: 500) { nodes { id type source { id name } target { id name } } } } }', { id: 'x' });
    const pairQuery = `query ($a: ID!, $b: ID!, $after: String, $first: Int!, $withRelations: Boolean!) { pair(a: $a, b: $b) { a { id name } b { id name } evidenceCount
      relations(first: 500) @include(if: $withRelations) { nodes { id type class symmetric source { id name } target { id name } articleCount score firstSeen lastSeen claims { asserted } disputed outletCount evidence(first: 0) { totalCount } } }
      evidence(first: $first, after: $after) { totalCount nodes { ${evidence} relation { id type class } } pageInfo { hasNextPage endCursor } } } }`;
    const pair = costOf(pairQuery, { a: 'a', b: 'b', first: 500, withRelations: true }) + 3 * costOf(pairQuery, { a: 'a', b: 'b', first: 500, withRelations: false });
    for (const cost of [hood(2000), article, pair]) expect(cost).toBeLessThan(MAX_COST / 2);
    // A busy minute: 40 keystrokes of search, 10 entities opened, 5 expanded to the cap, 10 relations, 5 articles, 5 pairs of 2,000 sentences.
    const minute = 40 * search + 10 * (hood(150) + entity) + 5 * hood(2000) + 10 * relation + 5 * article + 5 * pair;
    expect(minute).toBeLessThan(DEFAULT_LIMITS.pointsPerMinute / 2);
  });
});
