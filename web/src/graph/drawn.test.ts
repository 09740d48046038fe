import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, setFilters } from '../state/actions.ts';
import { edge, node } from '../state/fixtures.test-util.ts';
import { groupNodes } from '../state/groups.ts';
import type { Investigation } from '../state/types.ts';
import { visibleElements } from '../state/visibility.ts';
import { appearance, communityColour } from './appearance.ts';
import { bundleId, drawGraph } from './drawn.ts';
import { computeMeasures } from './measures.ts';

const base = addGraph(
  {
    nodes: [node('RU', 4), node('UA', 3), node('Putin', 1, 'Person'), node('Lavrov', 1, 'Person'), node('Zelensky', 1, 'Person')],
    edges: [
      edge('RU', 'UA', 'ATTACKS', { class: 'MATERIAL_CONFLICT', articleCount: 5, months: { '2024-01': 5 } }),
      edge('RU', 'UA', 'ACCUSES', { class: 'VERBAL_CONFLICT', articleCount: 2, months: { '2024-05': 2 } }),
      edge('Putin', 'RU', 'OFFICIAL_OF', { class: 'STRUCTURAL' }),
      edge('Lavrov', 'RU', 'OFFICIAL_OF', { class: 'STRUCTURAL' }),
      edge('Zelensky', 'UA', 'OFFICIAL_OF', { class: 'STRUCTURAL' }),
      edge('Putin', 'Lavrov', 'MEETS_WITH'),
      edge('Putin', 'Zelensky', 'MEETS_WITH'),
    ],
  },
  { label: 'a', around: ['RU'] },
).apply(emptyInvestigation());
const draw = (s: Investigation, bundle = false) => drawGraph(s, visibleElements(s), { bundle, ...appearance(s.styling, null) }, () => '#000');

describe('what the canvas draws', () => {
  it('draws every entity and relation as itself when nothing is grouped or bundled', () => {
    const d = draw(base);
    expect(d.nodes.map((n) => n.id).sort()).toEqual(['Lavrov', 'Putin', 'RU', 'UA', 'Zelensky']);
    expect(d.edges).toHaveLength(7);
    expect(d.owner.get('Putin')).toBe('Putin');
  });

  it('draws a group as one node with its count, and its relations to the rest as one edge per pair with a count and classes', () => {
    const s = groupNodes(['Putin', 'Lavrov', 'Zelensky'], { label: 'People', kind: 'type' }).apply(base);
    const d = draw(s);
    const group = d.nodes.find((n) => n.id === 'group:1')!;
    expect(group.label).toBe('People (3)');
    expect(group.group).toMatchObject({ shown: 3, members: ['Putin', 'Lavrov', 'Zelensky'] });
    expect(d.nodes.map((n) => n.id).sort()).toEqual(['RU', 'UA', 'group:1']);
    expect(d.owner.get('Lavrov')).toBe('group:1');
    const toRussia = d.edges.find((e) => e.id === bundleId('group:1', 'RU'))!;
    expect(toRussia).toMatchObject({ count: 2, label: '2 relations', class: 'STRUCTURAL', visible: true });
    const toUkraine = d.edges.find((e) => e.id === bundleId('group:1', 'UA'))!;
    expect(toUkraine.count).toBe(1);
    // Relations inside the group are not drawn; the two conflict relations between Russia and Ukraine stay apart.
    expect(d.edges.filter((e) => e.members.includes('MEETS_WITH:Putin:Lavrov'))).toEqual([]);
    expect(d.edges.filter((e) => e.source === 'RU' && e.target === 'UA')).toHaveLength(2);
  });

  it('bundles the relations of a pair into one edge with the count of those shown', () => {
    const d = draw(base, true);
    const pair = d.edges.find((e) => e.id === bundleId('RU', 'UA'))!;
    expect(pair).toMatchObject({ count: 2, members: ['ATTACKS:RU:UA', 'ACCUSES:RU:UA'], articles: 7, directed: false });
    expect(pair.label).toBe('2 relations (material conflict, verbal conflict)');
    expect(d.owner.get('ATTACKS:RU:UA')).toBe(pair.id);
    // A pair with one relation keeps it as itself.
    expect(d.edges.find((e) => e.id === 'OFFICIAL_OF:Putin:RU')).toBeDefined();
    // The date filter leaves one of the two: still one edge, counting one, labelled by its relation.
    const may = draw(setFilters({ from: '2024-05', to: '2024-05' }).apply(base), true).edges.find((e) => e.id === pair.id)!;
    expect(may).toMatchObject({ count: 1, label: 'accuses', class: 'VERBAL_CONFLICT', visible: true });
  });

  it('sizes by a measure and colours by community when the styling asks', () => {
    const s = { ...base, styling: { ...base.styling, sizeBy: 'betweenness' as const, colourBy: 'community' as const } };
    const v = visibleElements(s);
    const m = computeMeasures({ nodes: [...v.nodes], edges: [...v.edges].map((id) => ({ source: s.edges[id]!.source, target: s.edges[id]!.target, weight: 1 })) });
    const d = drawGraph(s, v, { bundle: false, ...appearance(s.styling, m) }, () => '#000');
    const size = (id: string) => d.nodes.find((n) => n.id === id)!.size;
    expect(size('RU')).toBeGreaterThan(size('Lavrov'));
    expect(Math.max(...d.nodes.map((n) => n.size))).toBe(64);
    expect(d.nodes.find((n) => n.id === 'RU')!.colour).toBe(communityColour(m.community.RU!));
  });
});
