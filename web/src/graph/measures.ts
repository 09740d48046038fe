/**
 * Measures of what is on the canvas (pure; run in measures.worker.ts): degree and weighted degree
 * (by articles), betweenness, PageRank and Louvain communities, with graphology's maintained
 * implementations. The canvas is read as one undirected graph: the relations of a pair are one
 * link weighted by their articles (PageRank and Louvain use the weights; betweenness counts hops).
 * Louvain runs with a seeded random source, so the same canvas gives the same communities, and
 * they are numbered by size (0 the largest) so colours stay put while the canvas grows.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// CommonJS modules typed with `export default`: at run time the default import is the function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export interface MeasureInput {
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
}

export type MeasureName = 'canvasDegree' | 'weightedDegree' | 'betweenness' | 'pagerank';

export interface Community {
  index: number;
  size: number;
  /** Its member with the highest PageRank, to name it ("Russia's community"). */
  top: string;
}

export interface Measures {
  canvasDegree: Record<string, number>;
  weightedDegree: Record<string, number>;
  betweenness: Record<string, number>;
  pagerank: Record<string, number>;
  /** Community of each node (0: the largest). */
  community: Record<string, number>;
  communities: Community[];
  modularity: number;
}

/** A small deterministic random source (mulberry32) for Louvain's node order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeMeasures(input: MeasureInput): Measures {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const canvasDegree: Record<string, number> = {};
  const weightedDegree: Record<string, number> = {};
  for (const id of input.nodes) {
    graph.addNode(id);
    canvasDegree[id] = 0;
    weightedDegree[id] = 0;
  }
  for (const e of input.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    canvasDegree[e.source]!++;
    canvasDegree[e.target]!++;
    weightedDegree[e.source]! += e.weight;
    weightedDegree[e.target]! += e.weight;
    graph.updateEdge(e.source, e.target, (attributes: { weight?: number }) => ({ weight: (attributes.weight ?? 0) + e.weight }));
  }
  const betweenness = graph.size > 0 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : Object.fromEntries(input.nodes.map((id) => [id, 0]));
  const rank = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const detailed = graph.order > 0 ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seeded(1) }) : { communities: {}, modularity: 0 };
  const { community, communities } = numberBySize(detailed.communities as Record<string, number>, rank);
  return { canvasDegree, weightedDegree, betweenness, pagerank: rank, community, communities, modularity: detailed.modularity };
}

/** Renumbers communities by size (ties: by their smallest member), each named by its top member. */
function numberBySize(raw: Record<string, number>, rank: Record<string, number>): { community: Record<string, number>; communities: Community[] } {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) members.set(c, [...(members.get(c) ?? []), id]);
  const ordered = [...members.values()].map((ids) => ids.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const community: Record<string, number> = {};
  const communities = ordered.map((ids, index) => {
    for (const id of ids) community[id] = index;
    const top = ids.reduce((best, id) => ((rank[id] ?? 0) > (rank[best] ?? 0) ? id : best));
    return { index, size: ids.length, top };
  });
  return { community, communities };
}
