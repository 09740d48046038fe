/**
 * Grouping (pure): entities collapsed into one group node, with counts and aggregated relations
 * (graph/drawn.ts draws them), until expanded again. Groups are investigation state like the
 * rest: undoable, saved in views, written in the URL. A group node sits at the middle of its
 * members; expanding puts the members back where they were (their positions never change).
 */
import { canvas, unique, withMembers, without } from './actions.ts';
import type { Action, Group, GroupKind, Investigation, Point } from './types.ts';

export const isGroupId = (id: string) => id.startsWith('group:');

/** The group each grouped entity belongs to. */
export function groupOfMember(s: Investigation): Map<string, Group> {
  const owner = new Map<string, Group>();
  for (const g of s.groups) for (const id of g.members) owner.set(id, g);
  return owner;
}

function nextGroupId(s: Investigation): string {
  const used = s.groups.map((g) => Number(g.id.slice('group:'.length)) || 0);
  return `group:${Math.max(0, ...used) + 1}`;
}

function middle(points: Point[]): Point {
  const n = Math.max(1, points.length);
  return { x: Math.round(points.reduce((a, p) => a + p.x, 0) / n), y: Math.round(points.reduce((a, p) => a + p.y, 0) / n) };
}

/**
 * Collapses entities (and the members of groups among `ids`) into one new group, selected.
 * Entities taken from another group leave it; a group left with fewer than two goes.
 */
export function groupNodes(ids: string[], options: { label: string; kind: GroupKind }): Action {
  return canvas(`group ${options.label}`, (s) => {
    const members = withMembers(s, ids).filter((id) => s.nodes[id]);
    if (members.length < 2) return s;
    const taken = new Set(members);
    const kept = s.groups.map((g) => ({ ...g, members: g.members.filter((id) => !taken.has(id)) })).filter((g) => g.members.length > 1);
    const dropped = new Set(s.groups.filter((g) => !kept.some((k) => k.id === g.id)).map((g) => g.id));
    const id = nextGroupId(s);
    const at = middle(members.map((m) => s.positions[m]).filter((p): p is Point => p !== undefined));
    return {
      ...s,
      groups: [...kept, { id, label: options.label, kind: options.kind, members }],
      positions: { ...without(s.positions, dropped), [id]: at },
      pinned: s.pinned.filter((p) => !dropped.has(p)),
      selection: { kind: 'node', id },
    };
  });
}

/** Expands a group again: its members come back where they were, selected together. */
export function ungroup(groupId: string): Action {
  return canvas('expand a group', (s) => {
    const group = s.groups.find((g) => g.id === groupId);
    if (!group) return s;
    const gone = new Set([groupId]);
    return {
      ...s,
      groups: s.groups.filter((g) => g.id !== groupId),
      positions: without(s.positions, gone),
      pinned: s.pinned.filter((id) => id !== groupId),
      selection: { kind: 'nodes', ids: [...group.members] },
    };
  });
}

/** Expands every group. */
export function ungroupAll(): Action {
  return canvas('expand all groups', (s) => (s.groups.length === 0 ? s : { ...s, groups: [], positions: without(s.positions, new Set(s.groups.map((g) => g.id))), pinned: s.pinned.filter((id) => !s.groups.some((g) => g.id === id)) }));
}

/** Entities of one type, or of one country, on the canvas (for "group all People", "group all of Iran"). */
export function membersBy(s: Investigation, kind: 'type' | 'country', key: string): string[] {
  return unique(Object.values(s.nodes).filter((n) => (kind === 'type' ? n.type === key : n.country === key)).map((n) => n.id));
}
