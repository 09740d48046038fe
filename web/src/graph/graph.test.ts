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

  const all = (c: Map<string, string>) => new Set(c.keys());

  it('leaves out labels that would overlap, keeping the most important, and shows more when zoomed in', () => {
    const far = chooseLabels(row, 1, view);
    expect(far.get('n5')).toBe('below');
    expect(far.get('n4')).not.toBe('below'); // would overlap n5's label
    expect(far.get('n4')).toBeDefined(); // so it goes beside its node
    expect(all(far).size).toBeLessThan(10);
    expect(all(chooseLabels(row, 4, view)).size).toBe(10);
  });

  it('never lets two labels overlap, using the sides and corners of a node, and names every node of a sparse canvas', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const crowd = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, x: rand() * 900, y: rand() * 600, r: 8 + rand() * 10, width: 40 + rand() * 80, height: 14, importance: rand() }));
    const chosen = chooseLabels(crowd, 1, view);
    const boxes = [...chosen].map(([id, side]) => {
      const c = crowd.find((n) => n.id === id)!;
      const w = c.width + 6;
      const h = c.height + 6;
      if (side === 'below') return { x1: c.x - w / 2, x2: c.x + w / 2, y1: c.y + c.r, y2: c.y + c.r + h };
      if (side === 'above') return { x1: c.x - w / 2, x2: c.x + w / 2, y1: c.y - c.r - h, y2: c.y - c.r };
      if (side === 'right') return { x1: c.x + c.r, x2: c.x + c.r + w, y1: c.y - h / 2, y2: c.y + h / 2 };
      if (side === 'left') return { x1: c.x - c.r - w, x2: c.x - c.r, y1: c.y - h / 2, y2: c.y + h / 2 };
      const x1 = side.endsWith('right') ? c.x + c.r : c.x - c.r - w;
      const y1 = side.startsWith('below') ? c.y + c.r : c.y - c.r - h;
      return { x1, x2: x1 + w, y1, y2: y1 + h };
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      expect(a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1).toBe(false);
    }
    expect(new Set(chosen.values()).size).toBeGreaterThanOrEqual(6);
    // 22 entities around a hub with room between them: every one named.
    const ring = Array.from({ length: 22 }, (_, i) => ({ id: `r${i}`, x: Math.cos((i * 2 * Math.PI) / 22) * (150 + (i % 2) * 110), y: Math.sin((i * 2 * Math.PI) / 22) * (150 + (i % 2) * 110), r: 10, width: 110, height: 14, importance: i }));
    expect(chooseLabels([...ring, { id: 'hub', x: 0, y: 0, r: 30, width: 60, height: 14, importance: 99 }], 1, view).size).toBe(23);
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
