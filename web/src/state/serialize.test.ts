import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, markSaved, select, setFilters, setPinned, setViewport } from './actions.ts';
import { edge, star } from './fixtures.test-util.ts';
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
