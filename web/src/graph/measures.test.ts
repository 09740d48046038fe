import { describe, expect, it } from 'vitest';
import { ranked } from './measures-client.ts';
import { computeMeasures } from './measures.ts';

const link = (source: string, target: string, weight = 1) => ({ source, target, weight });

describe('measures of the canvas', () => {
  it('counts degree and weighted degree by relations and articles, parallel relations each', () => {
    const m = computeMeasures({ nodes: ['a', 'b', 'c'], edges: [link('a', 'b', 3), link('a', 'b', 2), link('b', 'c', 1)] });
    expect(m.canvasDegree).toEqual({ a: 2, b: 3, c: 1 });
    expect(m.weightedDegree).toEqual({ a: 5, b: 6, c: 1 });
  });

  it('gives the middle of a path all the betweenness, and a star’s hub the most PageRank', () => {
    // a - b - c - d - e: b, c, d lie on 3, 4 and 3 of the 10 shortest paths; normalized by (n-1)(n-2)/2 = 6.
    const path = computeMeasures({ nodes: ['a', 'b', 'c', 'd', 'e'], edges: [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('d', 'e')] });
    expect(path.betweenness.a).toBe(0);
    expect(path.betweenness.b).toBeCloseTo(3 / 6);
    expect(path.betweenness.c).toBeCloseTo(4 / 6);
    const star = computeMeasures({ nodes: ['hub', 'x', 'y', 'z'], edges: [link('hub', 'x'), link('hub', 'y'), link('hub', 'z')] });
    expect(ranked(star.pagerank, 1)[0]!.id).toBe('hub');
    expect(Object.values(star.pagerank).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(star.pagerank.x).toBeCloseTo(star.pagerank.y!);
  });

  it('finds two communities in two cliques joined by one link, numbered by size, named by their top member', () => {
    const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => link(a, b, 2)));
    const left = ['l1', 'l2', 'l3', 'l4', 'l5'];
    const right = ['r1', 'r2', 'r3', 'r4'];
    const m = computeMeasures({ nodes: [...left, ...right], edges: [...clique(left), ...clique(right), link('l1', 'r1')] });
    expect(m.communities.map((c) => c.size)).toEqual([5, 4]);
    for (const id of left) expect(m.community[id]).toBe(0);
    for (const id of right) expect(m.community[id]).toBe(1);
    expect(m.communities[0]!.top).toBe('l1'); // the bridge end ranks highest in its clique
    expect(m.modularity).toBeGreaterThan(0.3);
    // The same canvas gives the same communities.
    expect(computeMeasures({ nodes: [...left, ...right], edges: [...clique(left), ...clique(right), link('l1', 'r1')] }).community).toEqual(m.community);
  });

  it('measures an empty canvas and lone entities without failing', () => {
    expect(computeMeasures({ nodes: [], edges: [] }).communities).toEqual([]);
    const lone = computeMeasures({ nodes: ['a', 'b'], edges: [] });
    expect(lone.canvasDegree).toEqual({ a: 0, b: 0 });
    expect(lone.communities).toHaveLength(2);
  });
});
