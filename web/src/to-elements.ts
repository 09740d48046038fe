/** GraphQL subgraph → Cytoscape elements. Pure, tested in Node. */
import type { ElementDefinition } from 'cytoscape';
import type { Subgraph } from './api.ts';

export function toElements(graph: Subgraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, type: n.type, degree: n.degree },
  }));
  const present = new Set(graph.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => present.has(e.source) && present.has(e.target))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        class: e.class,
        label: e.type.replace(/_/g, ' ').toLowerCase(),
        articles: e.articleCount,
        directed: !e.symmetric,
        firstSeen: e.firstSeen,
        lastSeen: e.lastSeen,
      },
    }));
  return [...nodes, ...edges];
}

/** Offsets split a text into plain and highlighted runs (never HTML). */
export function splitByHighlights<T extends { start: number; end: number }>(text: string, base: number, spans: T[]): { text: string; span?: T }[] {
  const runs: { text: string; span?: T }[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const s = span.start - base;
    const e = span.end - base;
    if (s < at || e > text.length) continue;
    if (s > at) runs.push({ text: text.slice(at, s) });
    runs.push({ text: text.slice(s, e), span });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
