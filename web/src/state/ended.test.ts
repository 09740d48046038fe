import { describe, expect, it } from 'vitest';
import { bundleId, drawGraph, endedBundleId } from '../graph/drawn.ts';
import { addGraph, emptyInvestigation, setFilters } from './actions.ts';
import { asOfNow, endedFrom, endedQuery, endedWords, hiddenEnded, type RelationStateOnDay } from './ended.ts';
import { edge, node } from './fixtures.test-util.ts';
import { setTimeline } from './timeline.ts';
import type { Investigation } from './types.ts';
import { visibleElements } from './visibility.ts';

const cut = edge('CL', 'PE', 'REDUCES_TIES_WITH', { class: 'VERBAL_CONFLICT', months: { '2024-05': 1 } });
const restored = edge('CL', 'PE', 'NORMALIZES_WITH', { class: 'VERBAL_COOPERATION', months: { '2023-03': 1, '2025-01': 1 } });
const meets = edge('CL', 'PE', 'MEETS_WITH', { months: { '2024-02': 1 } });
const base = addGraph({ nodes: [node('CL'), node('PE')], edges: [cut, restored, meets] }, { label: 'a', around: ['CL'] }).apply(emptyInvestigation());
const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);

/** As Query.relationStates answers as of 2025-02: the cut ended in 2023 by the restoration; the normal ties hold. */
const STATES: RelationStateOnDay[] = [
  { relationId: cut.id, period: { holds: false, until: '2023', closing: { state: 'TIES_NORMAL', sentence: 'They restored ties.' } } },
  { relationId: restored.id, period: { holds: true, until: null, closing: null } },
];

describe('the canvas as of a day: relations ended by the playhead', () => {
  it('asks nothing without a playhead, and else the lifecycle relations of the canvas as of the playhead\u2019s last day', () => {
    expect(endedQuery(base)).toBeNull();
    const q = endedQuery(apply(base, setFilters({ to: '2025-02' })));
    expect(q).toMatchObject({ day: '2025-02-28', ids: [restored.id, cut.id].sort() });
    // A new day or new relations make a new request; the same ones do not.
    expect(endedQuery(apply(base, setFilters({ to: '2025-02-10' })))!.key).not.toBe(q!.key);
    expect(endedQuery(apply(base, setFilters({ to: '2025-02' }), setTimeline({ mode: 'asOf' })))!.key).toBe(q!.key);
    // A canvas without lifecycle relations asks nothing.
    const plain = addGraph({ nodes: [node('CL'), node('PE')], edges: [meets] }, { label: 'a', around: ['CL'] }).apply(emptyInvestigation());
    expect(endedQuery(apply(plain, setFilters({ to: '2025-02' })))).toBeNull();
  });

  it('gives exports the canvas\u2019s day: none without a playhead, pending until the answer for this day and these relations is known', () => {
    expect(asOfNow(base, null)).toBeNull();
    const s = apply(base, setFilters({ to: '2025-02' }));
    const known = { key: endedQuery(s)!.key, day: '2025-02-28', ended: endedFrom(STATES) };
    expect(asOfNow(s, null)).toBe('pending');
    expect(asOfNow(s, { ...known, key: 'an earlier day' })).toBe('pending');
    expect(asOfNow(s, known)).toEqual({ day: '2025-02-28', ended: known.ended });
    // A canvas without lifecycle relations asks nothing: as of the day, none ended.
    const plain = addGraph({ nodes: [node('CL'), node('PE')], edges: [meets] }, { label: 'a', around: ['CL'] }).apply(emptyInvestigation());
    expect(asOfNow(apply(plain, setFilters({ to: '2025-02' })), null)).toEqual({ day: '2025-02-28', ended: new Map() });
  });

  it('reads which relations had ended, when and by what', () => {
    const ended = endedFrom(STATES);
    expect([...ended]).toEqual([[cut.id, { until: '2023', by: 'TIES_NORMAL', sentence: 'They restored ties.' }]]);
    expect(endedWords(ended.get(cut.id)!)).toBe('ended 2023 by ties restored');
    expect(endedWords({ until: '2021-05', by: 'CEASEFIRE', sentence: null })).toBe('ended 2021-05 by a ceasefire');
  });

  it('draws an ended relation ended, with when and by what in its label, or leaves it out when the timeline hides them', () => {
    const s = apply(base, setFilters({ to: '2025-02' }));
    const ended = endedFrom(STATES);
    const drawn = drawGraph(s, visibleElements(s, hiddenEnded(s, ended)), { bundle: false, ended }, () => '#000');
    const byId = new Map(drawn.edges.map((e) => [e.id, e]));
    expect(byId.get(cut.id)).toMatchObject({ ended: 'ended 2023 by ties restored', label: 'reduces ties with (ended 2023 by ties restored)', visible: true });
    expect(byId.get(restored.id)).toMatchObject({ ended: null, label: 'normalizes with', visible: true });

    const hiding = apply(s, setTimeline({ ended: 'hide' }));
    expect([...hiddenEnded(hiding, ended)]).toEqual([cut.id]);
    const visible = visibleElements(hiding, hiddenEnded(hiding, ended));
    expect(visible.edges.has(cut.id)).toBe(false);
    expect(visible.edges.has(restored.id)).toBe(true);
    // Hiding is one undo step, and changes nothing else.
    expect(setTimeline({ ended: 'hide' }).kind).toBe('canvas');
    expect(hiding.filters).toBe(s.filters);

    // Bundled, the pair's ended relations are drawn apart from those that hold: the bundle holds, the cut is drawn ended.
    const bundled = drawGraph(s, visibleElements(s), { bundle: true, ended }, () => '#000');
    expect(bundled.edges.find((e) => e.id === bundleId('CL', 'PE'))).toMatchObject({ ended: null, members: [restored.id, meets.id], count: 2 });
    expect(bundled.edges.find((e) => e.id === cut.id)).toMatchObject({ ended: 'ended 2023 by ties restored', members: [cut.id] });
    expect(bundled.owner.get(cut.id)).toBe(cut.id);
    // Two ended relations of a pair are one ended bundle.
    const lifted = edge('CL', 'PE', 'SANCTIONS', { class: 'MATERIAL_CONFLICT' });
    const both = new Map([...ended, [lifted.id, { until: '2024', by: 'SANCTIONS_EASED', sentence: null }]]);
    const withLifted = apply(s, addGraph({ nodes: [], edges: [lifted] }, { label: 'b' }));
    const ends = drawGraph(withLifted, visibleElements(withLifted), { bundle: true, ended: both }, () => '#000').edges.find((e) => e.id === endedBundleId('CL', 'PE'));
    expect(ends).toMatchObject({ ended: 'ended', label: '2 relations (verbal conflict, material conflict), ended', count: 2 });
  });
});
