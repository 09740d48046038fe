/**
 * Browsing over real HTTP against the real Neo4j: entities filtered, sorted and paged; node(id)
 * for every kind of id; an article's relations and mentions paged, its relations' evidence
 * limited to that article; the article text filter under the search rules.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { serveArticles } from '../setup/served-articles.ts';

const CHILE = 'Q298';
const PERU = 'Q419';
const ARTICLES: Article[] = [
  { title: 'Maritime row', url: 'https://t.test/b1', published: '2021-02-10', source: 'Wire A', text: 'Chile accused Peru of violating the maritime border. Chile praised Bolivia for its restraint. Peru thanked Ecuador for its support.' },
  { title: 'Navy claims', url: 'https://t.test/b2', published: '2021-11-05', source: 'Wire B', text: 'Chile accused Peru of spying on its navy.' },
];


const { gql } = serveArticles(ARTICLES);

describe('entities', () => {
  it('filters by type, country and degree, sorts by degree and pages with cursors', async () => {
    const query = 'query ($after: String) { entities(filter: { types: [Country], minDegree: 1 }, orderBy: { field: DEGREE, direction: DESC }, first: 2, after: $after) { totalCount nodes { id degree } pageInfo { hasNextPage endCursor } } }';
    const first = (await gql(query)).body.data.entities;
    expect(first.totalCount).toBe(4); // Chile, Peru, Bolivia, Ecuador
    expect(first.nodes.map((n: any) => n.id)).toEqual([CHILE, PERU]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(query, { after: first.pageInfo.endCursor })).body.data.entities;
    expect(second.nodes).toHaveLength(2);
    expect(second.nodes.every((n: any) => n.degree === 1)).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const peru = await gql('{ entities(filter: { countries: ["pe"], types: [Country] }) { nodes { id } } }');
    expect(peru.body.data.entities.nodes).toEqual([{ id: PERU }]);
    const hubs = await gql('{ entities(filter: { minDegree: 2 }) { nodes { id } } }');
    expect(hubs.body.data.entities.nodes.map((n: any) => n.id).sort()).toEqual([CHILE, PERU]);
    expect((await gql('{ entities(filter: { minDegree: -1 }) { totalCount } }')).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('node(id)', () => {
  it('fetches an entity, a relation, an article and an evidence sentence again by id', async () => {
    const { body } = await gql(`{ relations(filter: { pair: { a: "${CHILE}", b: "${PERU}" } }) { nodes { id evidence(first: 1) { nodes { id article { id } } } } } }`);
    const relation = body.data.relations.nodes[0];
    const ids = { Entity: CHILE, Relation: relation.id, Article: relation.evidence.nodes[0].article.id, Evidence: relation.evidence.nodes[0].id };
    for (const [typename, id] of Object.entries(ids)) {
      const found = await gql('query ($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(found.body.data.node, id).toEqual({ __typename: typename, id });
    }
    expect((await gql('{ node(id: "nothing") { id } }')).body.data.node).toBeNull();
  });
});

describe('an article', () => {
  it('pages its relations and mentions, and its relations carry only its own evidence', async () => {
    const id = 'url:https://t.test/b1';
    const query = `query ($id: ID!, $after: String, $mentionsAfter: String) { article(id: $id) {
      relations(first: 2, after: $after) { totalCount nodes { id articleCount evidence { totalCount nodes { article { id } } } } pageInfo { hasNextPage endCursor } }
      mentions(first: 2, after: $mentionsAfter) { totalCount nodes { start entity { id } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await gql(query, { id })).body.data.article;
    expect(first.relations.totalCount).toBe(3);
    expect(first.relations.nodes).toHaveLength(2);
    const rest = (await gql(query, { id, after: first.relations.pageInfo.endCursor, mentionsAfter: first.mentions.pageInfo.endCursor })).body.data.article;
    expect(rest.relations.nodes).toHaveLength(1);
    expect(rest.relations.pageInfo.hasNextPage).toBe(false);
    const relations = [...first.relations.nodes, ...rest.relations.nodes];
    expect(new Set(relations.map((r: any) => r.id)).size).toBe(3);
    // Chile's accusation is stated by both articles; from this article, its evidence is this article's only.
    const accusation = relations.find((r: any) => r.articleCount === 2);
    expect(accusation.evidence.totalCount).toBe(1);
    for (const r of relations) for (const e of r.evidence.nodes) expect(e.article.id).toBe(id);
    expect(first.mentions.nodes).toHaveLength(2);
    expect(first.mentions.pageInfo.hasNextPage).toBe(true);
    expect(rest.mentions.nodes[0].start).toBeGreaterThan(first.mentions.nodes[1].start);
    expect(first.mentions.totalCount).toBeGreaterThanOrEqual(6);
  });
});

describe('articles(filter: { text })', () => {
  const count = async (text: string) => gql('query ($text: String!) { articles(filter: { text: $text }) { totalCount nodes { id } } }', { text });

  it('finds articles by their words, with the search rules (prefixes, Lucene syntax escaped)', async () => {
    expect((await count('navy')).body.data.articles.totalCount).toBe(1);
    expect((await count('Ecua')).body.data.articles.totalCount).toBe(1);
    // Lucene operators are text: every word must match, none is syntax.
    expect((await count('chile) (peru "border:*')).body.data.articles.totalCount).toBe(1);
    expect((await count('*:*')).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a text too long, as search does', async () => {
    const { body } = await count('x'.repeat(201));
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/"filter.text" is at most 200 characters/);
  });

  it('refuses a text with nothing to search for instead of dropping the filter and listing every article', async () => {
    for (const text of ['!!!', '🎉🎉', '\u0000', '   ', '*']) {
      const { body } = await count(text);
      expect(body.data?.articles ?? null, JSON.stringify(text)).toBeNull();
      expect(body.errors?.[0]?.extensions.code, JSON.stringify(text)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/no letters or digits/);
    }
  });
});
