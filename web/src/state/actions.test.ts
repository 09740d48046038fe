import { describe, expect, it } from 'vitest';
import { addGraph, clearCanvas, currentOmissions, emptyInvestigation, hideNodes, radiusOf, removeNodes, replaceWithGraph, setFilters, setPinned, showPath, toggleSelected } from './actions.ts';
import { edge, node, star } from './fixtures.test-util.ts';
import type { Investigation } from './types.ts';

const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);

function overlaps(s: Investigation): number {
  const ids = Object.keys(s.positions);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = s.positions[ids[i]!]!;
      const b = s.positions[ids[j]!]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < radiusOf(s.nodes[ids[i]!]!) + radiusOf(s.nodes[ids[j]!]!)) count++;
    }
  }
  return count;
}

describe('investigation actions', () => {
  it('adds to the canvas: nodes already there keep their places, new ones go around the node expanded', () => {
    const first = apply(emptyInvestigation(), addGraph(star('RU', ['UA', 'BY', 'KZ']), { label: 'open Russia', around: ['RU'], asSeeds: true }));
    const before = structuredClone(first.positions);
    const second = apply(first, addGraph(star('UA', ['PL', 'DE', 'FR', 'RU']), { label: 'expand Ukraine', around: ['UA'] }));
    for (const [id, p] of Object.entries(before)) expect(second.positions[id]).toEqual(p);
    const ua = second.positions.UA!;
    const ru = second.positions.RU!;
    for (const id of ['PL', 'DE', 'FR']) {
      // Nearer to Ukraine than to Russia: they gather around the node they came from.
      const p = second.positions[id]!;
      expect(Math.hypot(p.x - ua.x, p.y - ua.y)).toBeLessThan(Math.hypot(p.x - ru.x, p.y - ru.y));
    }
    expect(Object.keys(second.nodes)).toHaveLength(7);
    expect(Object.keys(second.edges)).toHaveLength(7);
    expect(second.seeds).toEqual(['RU']);
    expect(overlaps(second)).toBe(0);
    expect(second.modified).toBe(true);
  });

  it('replaces the canvas only when asked, keeping the filters', () => {
    const s = apply(emptyInvestigation(), addGraph(star('RU', ['UA']), { label: 'a', around: ['RU'], asSeeds: true }), setFilters({ minArticles: 3 }));
    const replaced = apply(s, replaceWithGraph(star('IR', ['IQ']), { label: 'open Iran alone', around: ['IR'], asSeeds: true, select: 'IR' }));
    expect(Object.keys(replaced.nodes).sort()).toEqual(['IQ', 'IR']);
    expect(replaced.seeds).toEqual(['IR']);
    expect(replaced.filters.minArticles).toBe(3);
    expect(replaced.selection).toEqual({ kind: 'node', id: 'IR' });
  });

  it('keeps what the API left out per expansion, and counts what is really left out now', () => {
    const s = apply(emptyInvestigation(), addGraph(star('RU', ['UA'], [{ key: 'MEETS_WITH', count: 3 }]), { label: 'a', around: ['RU'] }));
    expect(currentOmissions(s)).toEqual([{ around: ['RU'], counts: [{ key: 'MEETS_WITH', count: 3 }], totals: [{ key: 'MEETS_WITH', count: 4 }] }]);
    // Two of the three come by another way (expanding a neighbour): one is left out, not three.
    const more = apply(s, addGraph({ nodes: [node('BY'), node('KZ'), node('RU')], edges: [edge('BY', 'RU'), edge('KZ', 'RU')] }, { label: 'expand Belarus', around: ['BY'] }));
    expect(currentOmissions(more).find((o) => o.around[0] === 'RU')?.counts).toEqual([{ key: 'MEETS_WITH', count: 1 }]);
    // All on the canvas: nothing to offer.
    const all = apply(more, addGraph(star('RU', ['AM']), { label: 'the last one', around: ['AM'] }));
    expect(currentOmissions(all).some((o) => o.around[0] === 'RU')).toBe(false);
    // Another fetch of one type keeps what earlier fetches knew of the other types.
    const typed = apply(emptyInvestigation(), addGraph(star('RU', ['UA'], [{ key: 'MEETS_WITH', count: 2 }, { key: 'SANCTIONS', count: 5 }]), { label: 'a', around: ['RU'] }), addGraph({ nodes: [node('RU'), node('CN')], edges: [edge('RU', 'CN')] }, { label: 'meets', around: ['RU'] }));
    expect(currentOmissions(typed)[0]?.counts).toEqual([{ key: 'SANCTIONS', count: 5 }, { key: 'MEETS_WITH', count: 0 }].filter((c) => c.count > 0));
  });

  it('removes a node with its relations, pins and selection', () => {
    let s = apply(emptyInvestigation(), addGraph(star('RU', ['UA', 'BY']), { label: 'a', around: ['RU'], asSeeds: true, select: 'UA' }), setPinned(['UA'], true));
    s = apply(s, removeNodes(['UA']));
    expect(s.nodes.UA).toBeUndefined();
    expect(s.positions.UA).toBeUndefined();
    expect(Object.values(s.edges).some((e) => e.source === 'UA' || e.target === 'UA')).toBe(false);
    expect(s.pinned).toEqual([]);
    expect(s.selection).toEqual({ kind: 'none' });
  });

  it('hides nodes without removing them, and pins them', () => {
    const s = apply(emptyInvestigation(), addGraph(star('RU', ['UA']), { label: 'a' }), hideNodes(['UA']), setPinned(['RU'], true));
    expect(s.hidden).toEqual(['UA']);
    expect(s.nodes.UA).toBeDefined();
    expect(s.pinned).toEqual(['RU']);
  });

  it('highlights a path, adding its missing nodes, and selects it', () => {
    const s = apply(emptyInvestigation(), addGraph(star('IL', ['US']), { label: 'a' }));
    const path = { nodes: [node('IL'), node('AZ'), node('IR')], edges: [edge('IL', 'AZ'), edge('AZ', 'IR', 'IN_TENSION_WITH')] };
    const next = apply(s, showPath(path, 'IL', 'IR', 'path'));
    expect(next.path).toEqual(expect.arrayContaining(['IL', 'AZ', 'IR', 'MEETS_WITH:IL:AZ']));
    expect(next.selection).toEqual({ kind: 'path', from: 'IL', to: 'IR' });
    expect(next.positions.US).toEqual(s.positions.US);
  });

  it('clears the canvas but not the filters', () => {
    const s = apply(emptyInvestigation(), addGraph(star('RU', ['UA']), { label: 'a' }), setFilters({ hideUnconnected: true }), clearCanvas());
    expect(s.nodes).toEqual({});
    expect(s.filters.hideUnconnected).toBe(true);
  });

  it('places a large expansion without overlaps', () => {
    const leaves = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const s = apply(emptyInvestigation(), addGraph(star('US', ['CN']), { label: 'a' }), addGraph(star('CN', leaves), { label: 'b', around: ['CN'] }));
    expect(Object.keys(s.positions)).toHaveLength(402);
    expect(overlaps(s)).toBe(0);
  });
});

describe('selecting several entities', () => {
  it('adds with shift, takes away what was all in already, and falls back to one or none', () => {
    const one = toggleSelected({ kind: 'none' }, ['RU']);
    expect(one).toEqual({ kind: 'node', id: 'RU' });
    const two = toggleSelected(one, ['UA', 'BY']);
    expect(two).toEqual({ kind: 'nodes', ids: ['RU', 'UA', 'BY'] });
    expect(toggleSelected(two, ['UA', 'BY'])).toEqual({ kind: 'node', id: 'RU' });
    expect(toggleSelected(one, ['RU'])).toEqual({ kind: 'none' });
    expect(toggleSelected({ kind: 'edge', id: 'x' }, ['RU'])).toEqual({ kind: 'node', id: 'RU' });
  });
});
