/**
 * The graph as known on a day (issue 22) where the strongest relations now are not the strongest
 * then: a neighborhood capped at any limit keeps the first edges of the uncapped one (its ranking
 * by articles as known then proven from a pool of the strongest now, at depth 1 and 2), and paths
 * as known then are the shortest ones of the graph of then even where a shorter path is later.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { serveArticles } from '../setup/served-articles.ts';

const COUNTRIES = ['Chile', 'Peru', 'Bolivia', 'Argentina', 'Brazil', 'Ecuador', 'Colombia', 'Paraguay', 'Venezuela', 'Uruguay'];
const AS_OF = '2023-06-30';
/** Articles on each pair (i < j) published before AS_OF and after it; Chile–Uruguay only after. */
const early = (i: number, j: number) => (i === 0 && j === 9 ? 0 : (i * 2 + j) % 3);
const late = (i: number, j: number) => (i === 0 && j === 9 ? 2 : (i + j * 2) % 4);
/** Hedged on half the pairs before AS_OF and on the other half after: among equal article counts, the highest score then is not the highest now. */
const verb = (i: number, j: number, year: number) => ((i + j + year) % 2 ? 'reportedly attacked' : 'attacked');

function corpus(): Article[] {
  const articles: Article[] = [];
  COUNTRIES.forEach((a, i) =>
    COUNTRIES.forEach((b, j) => {
      if (j <= i) return;
      const add = (n: number, year: number) => {
        for (let k = 0; k < n; k++) {
          const published = `${year}-0${1 + ((i + j + k) % 9)}-1${k}`;
          articles.push({ title: `${a} ${b} ${published}`, url: `https://asof-ranking.test/${i}-${j}-${year}-${k}`, source: k % 2 ? 'Wire A' : 'Wire B', published, text: `${a} ${verb(i, j, year)} ${b}.` });
        }
      };
      add(early(i, j), 2021);
      add(late(i, j), 2024);
    }),
  );
  return articles;
}

const { gql, ids } = serveArticles(corpus(), { wipe: true });

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { body } = await gql(text, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

describe('a neighborhood as known on a day', () => {
  it('keeps, at any limit, the first edges of the uncapped neighborhood, ranked by the articles known then', async () => {
    const edges = async (depth: number, limit: number) =>
      (await query('query ($ids: [ID!]!, $d: Int!, $l: Int!) { neighborhood(ids: $ids, depth: $d, limit: $l, filter: { asOf: "2023-06-30" }) { edges { id articleCount window { articleCount score } } } }', {
        ids: [ids.Chile], d: depth, l: limit,
      })).neighborhood.edges as { id: string; articleCount: number; window: { articleCount: number; score: number } }[];
    const [level1, all] = [await edges(1, 2000), await edges(2, 2000)];
    // Chile's relations known then, strongest then first; the strongest now differ.
    const known = COUNTRIES.slice(1).filter((_, j) => early(0, j + 1) > 0).length;
    expect(level1).toHaveLength(known);
    expect(level1.map((e) => e.window.articleCount)).toEqual(level1.map((e) => e.window.articleCount).sort((x, y) => y - x));
    expect(level1.map((e) => e.articleCount)).not.toEqual(level1.map((e) => e.articleCount).sort((x, y) => y - x));
    expect(all.length).toBeGreaterThan(known);
    // Each level ranked by the articles known then, then by the score then (the miss terms' sum, rounded).
    const ranked = (edges: typeof all) => edges.map((e) => [e.window.articleCount, e.window.score]);
    const byStrength = (x: number[], y: number[]) => y[0]! - x[0]! || y[1]! - x[1]!;
    for (const level of [all.slice(0, known), all.slice(known)]) expect(ranked(level)).toEqual(ranked(level).sort(byStrength));
    expect(new Set(all.map((e) => e.window.score)).size).toBeGreaterThan(2);
    for (let limit = 1; limit < all.length; limit++) {
      expect((await edges(2, limit)).map((e) => e.id), `limit ${limit}`).toEqual(all.slice(0, limit).map((e) => e.id));
    }
  });
});

describe('paths as known on a day', () => {
  it('are the shortest of the graph of then when the shortest now was published later', async () => {
    const data = await query(
      `query ($a: ID!, $b: ID!) {
         now: paths(from: $a, to: $b, limit: 50) { length }
         then: paths(from: $a, to: $b, limit: 50, filter: { asOf: "${AS_OF}" }) { nodes { label } edges { firstSeen window { articleCount } } }
       }`,
      { a: ids.Chile, b: ids.Uruguay },
    );
    expect(data.now).toEqual([{ length: 1 }]);
    const through = COUNTRIES.slice(1, 9).filter((_, k) => early(0, k + 1) > 0 && early(k + 1, 9) > 0).sort();
    expect(through.length).toBeGreaterThan(0);
    expect(data.then.map((p: any) => p.nodes[1].label).sort()).toEqual(through);
    for (const path of data.then) for (const e of path.edges) expect(e.firstSeen <= AS_OF && e.window.articleCount > 0).toBe(true);
  });
});
