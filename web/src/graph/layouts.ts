/**
 * Full layouts, by name: the force layout (d3-force, in a Web Worker) by default, and
 * Cytoscape's own for other shapes. Each returns positions; the caller dispatches them as one
 * undoable change, so a layout is never more than a click away from being undone.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Investigation, Point } from '../state/types.ts';
import type { Visible } from '../state/visibility.ts';
import { forceLayout, type LayoutInput } from './force-layout.ts';
import { nodeSize } from './size.ts';

export const LAYOUTS: { id: string; label: string }[] = [
  { id: 'force', label: 'Force-directed' },
  { id: 'concentric', label: 'Concentric by degree' },
  { id: 'breadthfirst', label: 'Tree from the selection' },
  { id: 'circle', label: 'Circle' },
  { id: 'grid', label: 'Grid' },
  { id: 'fcose', label: 'Compact force (fcose)' },
];

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (positions: Record<string, Point>) => void>();

function forceInWorker(input: LayoutInput): Promise<Record<string, Point>> {
  if (typeof Worker === 'undefined') return Promise.resolve(forceLayout(input));
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions: Record<string, Point>; ms: number }>) => {
      // For bench/web: how long the simulation itself took in the worker.
      document.body.dataset.workerMs = String(Math.round(event.data.ms));
      pending.get(event.data.id)?.(event.data.positions);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, input });
  });
}

/** The force layout of a piece of graph not yet on the canvas (a fresh canvas is laid out before it is drawn). */
export function layoutPiece(nodes: { id: string; degree: number }[], edges: { source: string; target: string }[]): Promise<Record<string, Point>> {
  return forceInWorker({ nodes: nodes.map((n) => ({ id: n.id, r: nodeSize(n.degree) / 2 })), edges: edges.map((e) => ({ source: e.source, target: e.target })) });
}

/** Positions of the visible nodes under layout `name`; pinned nodes stay where they are. */
export async function computeLayout(name: string, state: Investigation, visible: Visible, cy: Core): Promise<Record<string, Point>> {
  const pinned = new Set(state.pinned);
  if (name === 'force' || !LAYOUTS.some((l) => l.id === name)) {
    const input: LayoutInput = {
      nodes: [...visible.nodes].map((id) => {
        const p = state.positions[id];
        const isPinned = pinned.has(id) && p !== undefined;
        return { id, r: nodeSize(state.nodes[id]!.degree) / 2, ...(isPinned ? { x: p.x, y: p.y, fixed: true } : {}) };
      }),
      edges: [...visible.edges].map((id) => ({ source: state.edges[id]!.source, target: state.edges[id]!.target })),
    };
    return forceInWorker(input);
  }
  const elements = cy.elements(':visible');
  const selected = cy.nodes(':selected');
  const seeds = cy.nodes().filter((n) => state.seeds.includes(n.id()));
  const options: Record<string, Record<string, unknown>> = {
    concentric: { name: 'concentric', concentric: (n: NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 24 },
    breadthfirst: { name: 'breadthfirst', directed: false, roots: selected.nonempty() ? selected : seeds.nonempty() ? seeds : undefined, spacingFactor: 1.1 },
    circle: { name: 'circle' },
    grid: { name: 'grid', avoidOverlapPadding: 20 },
    fcose: { name: 'fcose', quality: 'default', randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
  };
  const layout = elements.layout({ ...options[name], animate: false, fit: false } as never);
  await new Promise<void>((done) => {
    layout.one('layoutstop', () => done());
    layout.run();
  });
  const positions: Record<string, Point> = {};
  elements.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
  return positions;
}
