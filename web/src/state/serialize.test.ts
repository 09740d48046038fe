import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, markSaved, select, setFilters, setPinned, setStyling, setViewport } from './actions.ts';
import { edge, star } from './fixtures.test-util.ts';
import { groupNodes } from './groups.ts';
import { setTimeline } from './timeline.ts';
import { fromDocument, toJson, ViewFormatError } from './serialize.ts';
import type { Investigation } from './types.ts';

const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);

describe('view documents', () => {
  const s = apply(
    emptyInvestigation(),
    addGraph({ ...star('RU', ['UA', 'BY']), edges: [edge('RU', 'UA', 'ATTACKS', { outlets: ['Wire'], months: { '2024-02': 3 } }), edge('RU', 'BY')] }, { label: 'a', around: ['RU'], asSeeds: true }),
    hideNodes(['BY']),
    setPinned(['UA'], true),
    setFilters({ hiddenClasses: ['STRUCTURAL'], from: '2024-01', minScore: 0.4, countries: ['RU'] }),
    select({ kind: 'pair', a: 'RU', b: 'UA' }),
    setViewport({ zoom: 1.5, pan: { x: 10, y: -4 } }),
    markSaved({ id: 'v1', name: 'Russia' }),
  );

  it('round-trips everything an analyst sees', () => {
    const back = fromDocument(JSON.parse(toJson(s, 'Russia')));
    expect(back.name).toBe('Russia');
    const { view: _v, modified: _m, ...expected } = s;
    const { view: _v2, modified: _m2, ...actual } = back.investigation;
    expect(actual).toEqual(expected);
  });

  it('round-trips the timeline, groups, several selected entities, display, size and colour (version 3)', () => {
    const more = apply(
      s,
      setTimeline({ mode: 'asOf', step: 'week', speed: 4 }),
      setTimeline({ ended: 'hide' }),
      setStyling({ display: 'map', sizeBy: 'pagerank', colourBy: 'community' }),
      groupNodes(['UA', 'BY'], { label: 'Neighbours', kind: 'selection' }),
      setPinned(['group:1'], true),
      select({ kind: 'nodes', ids: ['RU', 'group:1'] }),
    );
    const doc = JSON.parse(toJson(more, 'x'));
    expect(doc.version).toBe(3);
    const back = fromDocument(doc).investigation;
    expect(back.timeline).toEqual({ mode: 'asOf', step: 'week', speed: 4, ended: 'hide' });
    expect(back.styling).toEqual({ edgeLabels: 'selection', layout: 'force', display: 'map', sizeBy: 'pagerank', colourBy: 'community' });
    expect(back.groups).toEqual([{ id: 'group:1', label: 'Neighbours', kind: 'selection', members: ['UA', 'BY'] }]);
    expect(back.positions['group:1']).toEqual(more.positions['group:1']);
    expect(back.pinned).toEqual(['UA', 'group:1']);
    expect(back.selection).toEqual({ kind: 'nodes', ids: ['RU', 'group:1'] });
    // A view saved before ended relations could be hidden shows them; a value it does not know is refused softly.
    delete doc.investigation.timeline.ended;
    expect(fromDocument(doc).investigation.timeline.ended).toBe('show');
    doc.investigation.timeline.ended = 'sometimes';
    expect(fromDocument(doc).investigation.timeline.ended).toBe('show');
  });

  it('opens a version 1 view (saved before the timeline and groups) with their defaults', () => {
    const v1 = {
      format: 'entente-view',
      version: 1,
      name: 'Old',
      investigation: {
        nodes: [['RU', 'Russia', 'Country', 2, 'RU'], ['UA', 'Ukraine', 'Country', 1, 'UA']],
        edges: [['ATTACKS:RU:UA', 'RU', 'UA', 'ATTACKS', 'MATERIAL_CONFLICT', 0, 3, 0.8, '2024-01-02', '2024-02-03', ['Wire'], { '2024-01': 2 }]],
        positions: { RU: { x: 0, y: 0 }, UA: { x: 100, y: 0 } },
        pinned: [],
        hidden: [],
        seeds: ['RU'],
        omitted: [],
        path: [],
        filters: { hiddenClasses: [], hiddenTypes: [], from: '2024-01', to: '', minArticles: 1, minScore: 0 },
        selection: { kind: 'node', id: 'UA' },
        styling: { edgeLabels: 'all', layout: 'force' },
        viewport: null,
      },
    };
    const back = fromDocument(v1).investigation;
    expect(back.timeline).toEqual({ mode: 'window', step: 'month', speed: 2, ended: 'show' });
    expect(back.groups).toEqual([]);
    expect(back.styling).toEqual({ edgeLabels: 'all', layout: 'force', display: 'graph', sizeBy: 'degree', colourBy: 'type' });
    expect(back.filters.from).toBe('2024-01');
    expect(back.selection).toEqual({ kind: 'node', id: 'UA' });
    expect(back.edges['ATTACKS:RU:UA']!.months).toEqual({ '2024-01': 2 });
  });

  it('refuses what is not a view, saying why', () => {
    expect(() => fromDocument('not json')).toThrow(ViewFormatError);
    expect(() => fromDocument({ format: 'other' })).toThrow(/not an Entente view/);
    expect(() => fromDocument({ format: 'entente-view', version: 9 })).toThrow(/version 9/);
    const doc = JSON.parse(toJson(s, 'x'));
    doc.investigation.nodes[0][3] = 'many';
    expect(() => fromDocument(doc)).toThrow(/nodes.RU.degree/);
    const dangling = JSON.parse(toJson(s, 'x'));
    dangling.investigation.nodes = dangling.investigation.nodes.filter((n: string[]) => n[0] !== 'UA');
    expect(() => fromDocument(dangling)).toThrow(/joins an entity that is not in the view/);
  });

  it('drops references to elements the view does not hold', () => {
    const doc = JSON.parse(toJson(s, 'x'));
    doc.investigation.pinned.push('ghost');
    doc.investigation.selection = { kind: 'node', id: 'ghost' };
    const back = fromDocument(doc).investigation;
    expect(back.pinned).toEqual(['UA']);
    expect(back.selection).toEqual({ kind: 'none' });
  });
});
