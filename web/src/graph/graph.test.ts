import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout.ts';
import { chooseLabels } from './labels.ts';
import { nearestInDirection } from './nearest.ts';
import { nodeSize, shortLabel } from './size.ts';

/** A news-like graph: a few hubs, many entities named beside one or two of them. */
function hubGraph(nodeCount: number, edgeCount: number) {
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, r: 10 }));
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const source = i % 7 === 0 ? `n${(i * 31) % nodeCount}` : `n${i % 12}`;
    let target = `n${(i * 7919 + 13) % nodeCount}`;
    if (target === source) target = `n${(i + 1) % nodeCount}`;
    return { source, target };
  });
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return { nodes: nodes.map((n) => ({ ...n, r: nodeSize(degree.get(n.id) ?? 0) / 2 })), edges };
}

function overlappingPairs(nodes: { id: string; r: number }[], at: Record<string, { x: number; y: number }>): number {
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (Math.hypot(at[a.id]!.x - at[b.id]!.x, at[a.id]!.y - at[b.id]!.y) < a.r + b.r) count++;
    }
  }
  return count;
}

describe('the force layout', () => {
  it('spreads a hub-heavy graph of 400 nodes with almost no overlapping nodes', () => {
    const graph = hubGraph(400, 600);
    const at = forceLayout(graph);
    expect(Object.keys(at)).toHaveLength(400);
    const pairs = (400 * 399) / 2;
    expect(overlappingPairs(graph.nodes, at) / pairs).toBeLessThan(0.0005);
    // Spread out, not piled up: the drawing is much larger than one node.
    const xs = Object.values(at).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(600);
  });

  it('leaves pinned nodes where they are', () => {
    const graph = hubGraph(60, 90);
    graph.nodes[0] = { ...graph.nodes[0]!, x: 1234, y: -567, fixed: true } as never;
    const at = forceLayout(graph);
    expect(at.n0).toEqual({ x: 1234, y: -567 });
  });
});

describe('labels', () => {
  const view = { x1: -1000, y1: -1000, x2: 1000, y2: 1000 };
  const row = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, x: i * 25, y: 0, r: 8, width: 60, height: 12, importance: i === 5 ? 100 : i }));

  const all = (c: { below: Set<string>; above: Set<string> }) => new Set([...c.below, ...c.above]);

  it('leaves out labels that would overlap, keeping the most important, and shows more when zoomed in', () => {
    const far = chooseLabels(row, 1, view);
    expect(far.below.has('n5')).toBe(true);
    expect(far.below.has('n4')).toBe(false); // would overlap n5's label
    expect(far.above.has('n4')).toBe(true); // so it goes above its node
    expect(all(far).size).toBeLessThan(10);
    expect(all(chooseLabels(row, 4, view)).size).toBe(10);
  });

  it('labels only what is in view', () => {
    expect(all(chooseLabels(row, 4, { x1: 60, y1: -50, x2: 110, y2: 50 }))).toEqual(new Set(['n3', 'n4']));
  });

  it('shortens long names at a word boundary', () => {
    const name = 'The Joint Comprehensive Plan of Action on the Iranian nuclear programme';
    expect(shortLabel(name)).toBe('The Joint Comprehensive…');
    expect(shortLabel('Iran')).toBe('Iran');
  });

  it('sizes nodes on a square-root scale that does not saturate', () => {
    expect(nodeSize(400) - nodeSize(100)).toBeGreaterThan(nodeSize(100) - nodeSize(25) - 1);
    expect(nodeSize(1000)).toBeGreaterThan(nodeSize(400));
  });
});

describe('arrow keys', () => {
  const nodes = [
    { id: 'right-near-axis', x: 100, y: 10 },
    { id: 'right-closer-but-off', x: 40, y: 60 },
    { id: 'up', x: 0, y: -80 },
    { id: 'left', x: -50, y: 0 },
  ];
  it('moves to the nearest node in the direction asked, preferring one on the axis', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'right')).toBe('right-near-axis');
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'up')).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, nodes, 'left')).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, [{ id: 'a', x: 0, y: -10 }], 'down')).toBeUndefined();
  });
});
