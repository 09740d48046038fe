/** Investigation → Cytoscape elements, and texts split by highlight offsets. Pure, tested in Node. */
import type { ElementDefinition } from 'cytoscape';
import { relationWords } from '../format.ts';
import { isAsserted } from '../state/visibility.ts';
import type { EdgeData, NodeData, Point } from '../state/types.ts';
import { nodeSize, shortLabel } from './size.ts';

export function nodeElement(n: NodeData, position: Point | undefined): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: n.id, label: shortLabel(n.label), name: n.label, type: n.type, degree: n.degree, size: nodeSize(n.degree) },
    ...(position ? { position: { ...position } } : {}),
  };
}

/**
 * A relation as an edge. `unasserted`: no outlet asserts it in its own voice (drawn dotted and
 * lighter); `disputed`: asserted or attributed somewhere and denied elsewhere (drawn marked, and
 * its label says so).
 */
export function edgeElement(e: EdgeData): ElementDefinition {
  const words = relationWords(e.type);
  const isDisputed = e.disputed === true;
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      class: e.class,
      label: isDisputed ? `${words} (disputed)` : words,
      articles: e.articleCount,
      directed: !e.symmetric,
      unasserted: !isAsserted(e),
      disputed: isDisputed,
    },
  };
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
