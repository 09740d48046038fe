import { describe, expect, it } from 'vitest';
import { drawGraph } from '../graph/drawn.ts';
import { addGraph, emptyInvestigation } from '../state/actions.ts';
import { edge, node } from '../state/fixtures.test-util.ts';
import { groupNodes } from '../state/groups.ts';
import { setTimeline } from '../state/timeline.ts';
import type { GeoLocation, Investigation, NodeData } from '../state/types.ts';
import { hiddenEnded, type Ended } from '../state/ended.ts';
import { visibleElements } from '../state/visibility.ts';
import { mapModel } from './placement.ts';

const at = (lat: number, lon: number, precision: GeoLocation['precision']): GeoLocation => ({ lat, lon, precision });
const located = (n: NodeData, location: GeoLocation | null): NodeData => ({ ...n, location });

const base = addGraph(
  {
    nodes: [
      located(node('AZ', 5, 'Country', 'AZ'), at(40.3, 47.7, 'COUNTRY')),
      located(node('IL', 3, 'Country', 'IL'), at(30.9, 34.9, 'COUNTRY')),
      located(node('baku', 2, 'Place', 'AZ'), at(40.4, 49.9, 'PLACE')),
      located(node('aliyev', 1, 'Person', 'AZ'), at(40.3, 47.7, 'COUNTRY_OF')),
      located(node('bayramov', 1, 'Person', 'AZ'), at(40.3, 47.7, 'COUNTRY_OF')),
      located(node('accords', 1, 'Agreement'), null),
    ],
    edges: [edge('AZ', 'IL', 'MEETS_WITH'), edge('AZ', 'IL', 'SUPPLIES'), edge('aliyev', 'AZ', 'OFFICIAL_OF'), edge('bayramov', 'AZ', 'OFFICIAL_OF'), edge('baku', 'AZ', 'LOCATED_IN'), edge('accords', 'IL', 'MEMBER_OF')],
  },
  { label: 'a' },
).apply(emptyInvestigation());
const model = (s: Investigation) => mapModel(s, drawGraph(s, visibleElements(s), { bundle: true }, () => '#000'));

describe('the investigation on a map', () => {
  it('puts places at their coordinates and countries at their point; people at their country’s, on a ring around it', () => {
    const m = model(base);
    const byId = Object.fromEntries(m.nodes.map((n) => [n.id, n]));
    expect(byId.baku).toMatchObject({ lat: 40.4, lon: 49.9, dx: 0, dy: 0 });
    expect(byId.AZ).toMatchObject({ isCountry: true, dx: 0, dy: 0 });
    // The two people share Azerbaijan's point: apart from it and from each other.
    const [a, b] = [byId.aliyev!, byId.bayramov!];
    expect(Math.hypot(a.dx, a.dy)).toBeGreaterThan(byId.AZ!.radius);
    expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThan(a.radius + b.radius);
  });

  it('lists what has no location as not placed, and draws one arc per pair between placed ends', () => {
    const m = model(base);
    expect(m.notPlaced).toEqual([{ id: 'accords', label: 'accords', type: 'Agreement' }]);
    const pair = m.arcs.filter((arc) => [arc.source, arc.target].sort().join() === 'AZ,IL');
    expect(pair).toHaveLength(1);
    expect(pair[0]!.count).toBe(2);
    expect(m.arcs.some((arc) => arc.source === 'accords' || arc.target === 'accords')).toBe(false);
  });

  it('puts a group at the middle of its members’ points', () => {
    const m = model(groupNodes(['aliyev', 'baku'], { label: 'Baku people', kind: 'selection' }).apply(base));
    const group = m.nodes.find((n) => n.id === 'group:1')!;
    expect(group.lat).toBeCloseTo((40.3 + 40.4) / 2);
    expect(group.lon).toBeCloseTo((47.7 + 49.9) / 2);
    expect(group.isGroup).toBe(true);
  });

  it('draws a pair\u2019s relations ended by the playhead as an arc of their own, nested outside the arc of those that hold, or not at all when hidden', () => {
    const cut = edge('IL', 'AZ', 'REDUCES_TIES_WITH', { class: 'VERBAL_CONFLICT' });
    const s = addGraph({ nodes: [], edges: [cut] }, { label: 'b' }).apply(base);
    const ended = new Map<string, Ended>([[cut.id, { until: '2023-03', by: 'TIES_NORMAL', sentence: null }]]);
    const arcsOf = (state: Investigation) => mapModel(state, drawGraph(state, visibleElements(state, hiddenEnded(state, ended)), { bundle: true, ended }, () => '#000')).arcs.filter((arc) => [arc.source, arc.target].sort().join() === 'AZ,IL');
    const [holding, gone] = arcsOf(s);
    expect(holding).toMatchObject({ count: 2, ended: null });
    expect(gone).toMatchObject({ id: cut.id, ended: 'ended 2023-03 by ties restored', source: 'IL', target: 'AZ' });
    // Bent further out, to the same side of the pair: its ends go the other way (IL to AZ), so its bend has the other sign.
    expect(Math.abs(gone!.bend)).toBeGreaterThan(Math.abs(holding!.bend));
    expect(Math.sign(gone!.bend)).toBe(-Math.sign(holding!.bend));
    // Hidden by the timeline: only the arc of those that hold, bent as usual.
    expect(arcsOf(setTimeline({ ended: 'hide' }).apply(s)).map((arc) => arc.id)).toEqual([holding!.id]);
  });
});
