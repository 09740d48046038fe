import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, removeNodes, setPinned } from './actions.ts';
import { edge, node } from './fixtures.test-util.ts';
import { groupNodes, groupOfMember, membersBy, ungroup } from './groups.ts';
import { record, startHistory, undo } from './history.ts';
import type { Investigation } from './types.ts';

const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);

const base = apply(
  emptyInvestigation(),
  addGraph(
    {
      nodes: [node('RU', 4, 'Country', 'RU'), node('UA', 2, 'Country', 'UA'), node('Putin', 1, 'Person', 'RU'), node('Lavrov', 1, 'Person', 'RU'), node('Zelensky', 1, 'Person', 'UA')],
      edges: [edge('RU', 'UA', 'ATTACKS'), edge('Putin', 'RU', 'OFFICIAL_OF'), edge('Lavrov', 'RU', 'OFFICIAL_OF'), edge('Zelensky', 'UA', 'OFFICIAL_OF'), edge('Putin', 'Zelensky', 'MEETS_WITH')],
    },
    { label: 'a', around: ['RU'] },
  ),
);

describe('groups as state actions', () => {
  it('collapses entities into one group at their middle, selected, and expands it again where they were', () => {
    const people = membersBy(base, 'type', 'Person');
    expect(people.sort()).toEqual(['Lavrov', 'Putin', 'Zelensky']);
    const grouped = apply(base, groupNodes(people, { label: 'People', kind: 'type' }));
    expect(grouped.groups).toEqual([{ id: 'group:1', label: 'People', kind: 'type', members: people }]);
    const p = grouped.positions['group:1']!;
    const mean = (k: 'x' | 'y') => Math.round(people.reduce((n, id) => n + base.positions[id]![k], 0) / people.length);
    expect(p).toEqual({ x: mean('x'), y: mean('y') });
    expect(grouped.selection).toEqual({ kind: 'node', id: 'group:1' });
    expect(groupOfMember(grouped).get('Putin')?.id).toBe('group:1');

    const expanded = apply(grouped, ungroup('group:1'));
    expect(expanded.groups).toEqual([]);
    expect(expanded.positions['group:1']).toBeUndefined();
    for (const id of people) expect(expanded.positions[id]).toEqual(base.positions[id]);
    expect(expanded.selection).toEqual({ kind: 'nodes', ids: people });
  });

  it('takes members from an earlier group, which goes when fewer than two are left; a group inside a selection brings its members', () => {
    const first = apply(base, groupNodes(['Putin', 'Lavrov'], { label: 'Russian officials', kind: 'selection' }));
    const second = apply(first, groupNodes(['Lavrov', 'RU'], { label: 'Moscow', kind: 'selection' }));
    expect(second.groups.map((g) => g.id)).toEqual(['group:2']);
    expect(second.positions['group:1']).toBeUndefined();
    const merged = apply(first, groupNodes(['group:1', 'Zelensky'], { label: 'Leaders', kind: 'selection' }));
    expect(merged.groups).toEqual([{ id: 'group:2', label: 'Leaders', kind: 'selection', members: ['Putin', 'Lavrov', 'Zelensky'] }]);
    // One entity is no group.
    expect(apply(base, groupNodes(['RU'], { label: 'x', kind: 'selection' }))).toBe(base);
  });

  it('acts on a group’s members when hiding, pinning the group itself, and removing', () => {
    const grouped = apply(base, groupNodes(['Putin', 'Lavrov', 'Zelensky'], { label: 'People', kind: 'type' }));
    expect(apply(grouped, hideNodes(['group:1'])).hidden.sort()).toEqual(['Lavrov', 'Putin', 'Zelensky']);
    expect(apply(grouped, setPinned(['group:1'], true)).pinned).toEqual(['group:1']);
    const removed = apply(grouped, removeNodes(['group:1']));
    expect(Object.keys(removed.nodes).sort()).toEqual(['RU', 'UA']);
    expect(removed.groups).toEqual([]);
    expect(removed.selection).toEqual({ kind: 'none' });
    // Removing one member of three keeps the group with two.
    expect(apply(grouped, removeNodes(['Putin'])).groups[0]!.members).toEqual(['Lavrov', 'Zelensky']);
  });

  it('is one undo step each way', () => {
    let h = startHistory(base);
    h = record(h, groupNodes(['Putin', 'Lavrov'], { label: 'Russian officials', kind: 'selection' }));
    h = record(h, ungroup('group:1'));
    expect(h.past.map((e) => e.label)).toEqual(['group Russian officials', 'expand a group']);
    h = undo(h);
    expect(h.present.groups).toHaveLength(1);
    h = undo(h);
    expect(h.present.groups).toHaveLength(0);
  });
});
