import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimit, MAX_COST } from './limits.ts';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../schema.graphql'), 'utf8'));
/** The estimated cost of a query, read back from the refusal of a limit of 0. */
const costOf = (query: string): number => {
  const errors = validate(schema, parse(query), [costLimit(0)]);
  return Number(/would cost (\d+)/.exec(errors[0]?.message ?? '')?.[1] ?? 0);
};
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('query cost', () => {
  it('counts each alias of a root field as database work, stats much more than a scalar', () => {
    expect(costOf('{ stats { articles } }')).toBeGreaterThanOrEqual(1_000);
    expect(costOf(aliases(500, 'stats { articles }'))).toBeGreaterThan(MAX_COST);
    expect(costOf(aliases(500, 'entity(id: "Q1") { id }'))).toBeGreaterThanOrEqual(500 * 10);
    expect(costOf(aliases(30, 'neighborhood(ids: ["Q1"], limit: 1) { truncated }'))).toBeGreaterThanOrEqual(30 * 200);
  });

  it('counts a total per connection it is asked of', () => {
    expect(costOf('{ relations(first: 100) { nodes { evidence(first: 0) { totalCount } } } }')).toBeGreaterThanOrEqual(100 * 20);
  });

  it("lets the explorer's largest queries through", () => {
    const article = '{ article(id: "x") { id title text mentions(first: 5000) { nodes { start end entity { id name type } } } relations(first: 500) { nodes { id type source { id name } target { id name } } } } }';
    const pair = `query ($first: Int!) { pair(a: "a", b: "b") { a { id name } evidenceCount
      relations(first: 500) { nodes { id type class symmetric source { id name } target { id name } articleCount score firstSeen lastSeen evidence(first: 0) { totalCount } } }
      evidence(first: $first) { totalCount nodes { id sentence date confidence article { id title } relation { id type class } } pageInfo { hasNextPage endCursor } } } }`;
    const hood = 'query ($limit: Int) { neighborhood(ids: ["a"], limit: $limit) { nodes { id label type degree country } edges { id source target type class evidenceByMonth { key count } } truncated omitted { key count } } }';
    for (const query of [article, pair, hood]) expect(costOf(query), query).toBeLessThanOrEqual(MAX_COST);
  });
});
