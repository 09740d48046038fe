/**
 * The named actions, the only ways to change an investigation: each returns an Action whose
 * `apply` is a pure producer (state → new state). Canvas actions are undoable and make a
 * browser history entry; selection and view actions do not (see types.ts).
 */
import { placeNewNodes, type Circle } from '../graph/placement.ts';
import { nodeSize } from '../graph/size.ts';
import type { Action, EdgeData, Filters, Investigation, NodeData, Omission, Point, Selection, Styling, Timeline, TypeCount } from './types.ts';

export const DEFAULT_FILTERS: Filters = { hiddenClasses: [], hiddenTypes: [], from: '', to: '', minArticles: 1, minScore: 0, outlets: [], countries: [], hideUnconnected: false, assertedOnly: false, minOutlets: 1 };
export const DEFAULT_STYLING: Styling = { edgeLabels: 'selection', layout: 'force', display: 'graph', sizeBy: 'degree', colourBy: 'type' };
export const DEFAULT_TIMELINE: Timeline = { mode: 'window', step: 'month', speed: 2, ended: 'show' };

export function emptyInvestigation(): Investigation {
  return {
    nodes: {},
    edges: {},
    positions: {},
    pinned: [],
    hidden: [],
    seeds: [],
    omitted: [],
    path: [],
    filters: DEFAULT_FILTERS,
    selection: { kind: 'none' },
    styling: DEFAULT_STYLING,
    timeline: DEFAULT_TIMELINE,
    groups: [],
    notes: [],
    viewport: null,
    view: null,
    modified: false,
  };
}

/** Entities and groups: what a selection, a pin or a position may name. */
export const exists = (s: Investigation, id: string): boolean => Boolean(s.nodes[id]) || s.groups.some((g) => g.id === id);

/** The entities `ids` name, a group standing for its members. */
export function withMembers(s: Investigation, ids: string[]): string[] {
  const groups = new Map(s.groups.map((g) => [g.id, g.members]));
  return unique(ids.flatMap((id) => groups.get(id) ?? [id]));
}

/** A piece of graph from the API: what a search, an expand or a path brings. */
export interface GraphPiece {
  nodes: NodeData[];
  edges: EdgeData[];
  /** Relations left out by the API's cap, per type. */
  omitted?: TypeCount[];
}

export const canvas = (label: string, apply: (s: Investigation) => Investigation, amend = false): Action => ({
  label,
  kind: 'canvas',
  ...(amend ? { amend } : {}),
  apply: (s) => {
    const next = apply(s);
    return next === s ? s : { ...next, modified: true };
  },
});

export const without = <T>(record: Record<string, T>, ids: Set<string>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));
export const unique = (ids: string[]) => [...new Set(ids)];
const aroundKey = (ids: string[]) => [...ids].sort().join(',');
const pick = (positions: Record<string, Point>, nodes: Record<string, NodeData>) => Object.fromEntries(Object.entries(positions).filter(([id]) => nodes[id]).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));

/** The radius a node is drawn with (its body, without the label). */
export const radiusOf = (node: NodeData) => nodeSize(node.degree) / 2;

/**
 * Adds a piece of graph. Nodes already there keep their places; new ones are placed around the
 * nodes they connect to (`around` first). What the API left out is kept for "+N more".
 */
export function addGraph(piece: GraphPiece, options: PieceOptions): Action {
  return canvas(options.label, (s) => mergePiece(s, piece, options));
}

export interface PieceOptions {
  label: string;
  around?: string[];
  asSeeds?: boolean;
  select?: string;
  /** Places already computed for the new nodes (a full layout of a fresh canvas); the rest are placed around. */
  positions?: Record<string, Point>;
}

/** Replaces the canvas with a piece of graph (filters, styling and the timeline stay). */
export function replaceWithGraph(piece: GraphPiece, options: PieceOptions): Action {
  return canvas(options.label, (s) => mergePiece({ ...emptyInvestigation(), filters: s.filters, styling: s.styling, timeline: s.timeline, notes: s.notes.filter((n) => n.target.kind === 'view'), view: null }, piece, options));
}

function mergePiece(s: Investigation, piece: GraphPiece, options: Omit<PieceOptions, 'label'>): Investigation {
  const nodes = { ...s.nodes };
  for (const n of piece.nodes) nodes[n.id] = { ...nodes[n.id], ...n };
  const edges = { ...s.edges };
  for (const e of piece.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = { ...edges[e.id], ...e };
  const given = options.positions ?? {};
  const incoming = piece.nodes.filter((n) => !s.positions[n.id] && !given[n.id]);
  const neighbours = new Map<string, string[]>();
  for (const e of piece.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const fixed = new Map<string, Circle>();
  for (const [id, p] of Object.entries({ ...s.positions, ...given })) if (nodes[id]) fixed.set(id, { ...p, r: radiusOf(nodes[id]) });
  // The entities asked for go first, so the rest gathers around them.
  const around = new Set(options.around ?? []);
  const placed = placeNewNodes(fixed, incoming.map((n) => ({ id: n.id, r: radiusOf(nodes[n.id]!), neighbours: neighbours.get(n.id) ?? [], isFirst: around.has(n.id) })));
  const omitted = options.around?.length ? withTotals(s.omitted, options.around, piece) : s.omitted;
  return {
    ...s,
    nodes,
    edges,
    positions: { ...s.positions, ...pick(given, nodes), ...placed },
    seeds: options.asSeeds ? unique([...s.seeds, ...(options.around ?? [])]) : s.seeds,
    omitted,
    selection: options.select && nodes[options.select] ? { kind: 'node', id: options.select } : s.selection,
  };
}

/**
 * The omissions after a fetch around `around`: how many relations of each type it found around
 * them in all (those it returned touching them, and those it left out), merged over what earlier
 * fetches around the same entities knew of other types.
 */
function withTotals(omitted: Omission[], around: string[], piece: GraphPiece): Omission[] {
  const key = aroundKey(around);
  const ends = new Set(around);
  const totals = new Map<string, number>();
  for (const e of piece.edges) if (ends.has(e.source) || ends.has(e.target)) totals.set(e.type, (totals.get(e.type) ?? 0) + 1);
  for (const o of piece.omitted ?? []) totals.set(o.key, (totals.get(o.key) ?? 0) + o.count);
  const earlier = omitted.find((o) => aroundKey(o.around) === key);
  const merged = new Map((earlier?.totals ?? []).map((t) => [t.key, t.count]));
  for (const [type, n] of totals) merged.set(type, n);
  const rest = omitted.filter((o) => o !== earlier);
  if (merged.size === 0) return rest;
  return [...rest, { around: [...around], counts: piece.omitted ?? [], totals: [...merged].map(([k, count]) => ({ key: k, count })) }];
}

/** Removes nodes (a group: its members) with their relations, pins, hiding, groups and highlights. */
export function removeNodes(ids: string[], label = ids.length === 1 ? 'remove a node' : `remove ${ids.length} nodes`): Action {
  return canvas(label, (s) => {
    const gone = new Set(withMembers(s, ids).filter((id) => s.nodes[id]));
    if (gone.size === 0) return s;
    const goneEdges = new Set(Object.values(s.edges).filter((e) => gone.has(e.source) || gone.has(e.target)).map((e) => e.id));
    const groups = s.groups.map((g) => ({ ...g, members: g.members.filter((id) => !gone.has(id)) })).filter((g) => g.members.length > 1);
    const goneGroups = new Set(s.groups.filter((g) => !groups.some((k) => k.id === g.id)).map((g) => g.id));
    const all = new Set([...gone, ...goneEdges, ...goneGroups]);
    const next = {
      ...s,
      nodes: without(s.nodes, gone),
      edges: without(s.edges, goneEdges),
      positions: without(s.positions, new Set([...gone, ...goneGroups])),
      pinned: s.pinned.filter((id) => !all.has(id)),
      hidden: s.hidden.filter((id) => !gone.has(id)),
      seeds: s.seeds.filter((id) => !gone.has(id)),
      path: s.path.filter((id) => !all.has(id)),
      omitted: s.omitted.filter((o) => !o.around.some((id) => gone.has(id))),
      groups,
    };
    return { ...next, selection: surviving(s.selection, (id) => !all.has(id)) };
  });
}

/** The part of a selection that still exists (several entities keep those left; else all or nothing). */
export function surviving(selection: Selection, exists: (id: string) => boolean): Selection {
  if (selection.kind === 'nodes') {
    const ids = selection.ids.filter(exists);
    return ids.length > 1 ? { kind: 'nodes', ids } : ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'none' };
  }
  return selectionSurvives(selection, exists) ? selection : { kind: 'none' };
}

/** True when everything a selection names still exists. */
export function selectionSurvives(selection: Selection, exists: (id: string) => boolean): boolean {
  switch (selection.kind) {
    case 'none':
      return true;
    case 'node':
    case 'edge':
      return exists(selection.id);
    case 'pair':
      return exists(selection.a) && exists(selection.b);
    case 'path':
      return exists(selection.from) && exists(selection.to);
    case 'nodes':
      return selection.ids.every(exists);
  }
}

/** Hides nodes (a group: its members). */
export function hideNodes(ids: string[]): Action {
  return canvas(ids.length === 1 ? 'hide a node' : `hide ${ids.length} nodes`, (s) => ({ ...s, hidden: unique([...s.hidden, ...withMembers(s, ids).filter((id) => s.nodes[id])]) }));
}

export function showHiddenNodes(): Action {
  return canvas('show hidden nodes', (s) => ({ ...s, hidden: [] }));
}

/** Pins nodes and groups where they are (a layout leaves them in place). */
export function setPinned(ids: string[], pinned: boolean): Action {
  return canvas(pinned ? 'pin' : 'unpin', (s) => ({ ...s, pinned: pinned ? unique([...s.pinned, ...ids.filter((id) => exists(s, id))]) : s.pinned.filter((id) => !ids.includes(id)) }));
}

/** New positions for some nodes (a layout, a drag); `amend` folds it into the previous change. */
export function setPositions(positions: Record<string, Point>, label: string, amend = false): Action {
  return canvas(
    label,
    (s) => {
      const next = { ...s.positions };
      for (const [id, p] of Object.entries(positions)) if (exists(s, id)) next[id] = { x: Math.round(p.x), y: Math.round(p.y) };
      return { ...s, positions: next };
    },
    amend,
  );
}

/** Changes filters; with a `gesture` key, successive changes of one gesture (a slider drag) are one undo step. */
export function setFilters(patch: Partial<Filters>, label = 'filter', gesture?: string): Action {
  return inGesture(canvas(label, (s) => ({ ...s, filters: { ...s.filters, ...patch } })), gesture);
}

/** The action as part of a gesture (no key: itself). */
export const inGesture = (action: Action, gesture: string | undefined): Action => (gesture ? { ...action, gesture } : action);

export function resetFilters(): Action {
  return canvas('reset filters', (s) => ({ ...s, filters: DEFAULT_FILTERS }));
}

/** The entities a selection holds (one or several; none for a relation, a pair or a path). */
export function selectedEntities(selection: Selection): string[] {
  return selection.kind === 'node' ? [selection.id] : selection.kind === 'nodes' ? selection.ids : [];
}

/** Several entities as a selection: none, one, or several. */
export const entitiesSelection = (ids: string[]): Selection => (ids.length === 0 ? { kind: 'none' } : ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'nodes', ids });

/** Shift-click and shift-box: `ids` join the selected entities, or leave them when all were in it already. */
export function toggleSelected(selection: Selection, ids: string[]): Selection {
  const current = selectedEntities(selection);
  const isAllIn = ids.length > 0 && ids.every((id) => current.includes(id));
  return entitiesSelection(isAllIn ? current.filter((id) => !ids.includes(id)) : unique([...current, ...ids]));
}

export function select(selection: Selection): Action {
  return { label: 'select', kind: 'selection', apply: (s) => ({ ...s, selection }) };
}

/** Highlights the elements of paths between two entities (and shows them in the path panel). */
export function showPath(piece: GraphPiece, from: string, to: string, label: string): Action {
  return canvas(label, (s) => {
    const merged = mergePiece(s, piece, { around: [from, to] });
    const ids = [...piece.nodes.map((n) => n.id), ...piece.edges.map((e) => e.id)];
    return { ...merged, omitted: s.omitted, path: unique(ids), selection: { kind: 'path', from, to } };
  });
}

export function clearPath(): Action {
  return canvas('clear the path', (s) => ({ ...s, path: [], selection: s.selection.kind === 'path' ? { kind: 'none' } : s.selection }));
}

/** Edge labels, layout, graph or map, size and colour: how the canvas is drawn, not what it holds (no undo step). */
export function setStyling(patch: Partial<Styling>): Action {
  return { label: 'styling', kind: 'view', apply: (s) => ({ ...s, styling: { ...s.styling, ...patch } }) };
}

export function setViewport(viewport: { zoom: number; pan: Point }): Action {
  return { label: 'viewport', kind: 'view', apply: (s) => ({ ...s, viewport }) };
}

/** The investigation is now saved (or opened) as this view. */
export function markSaved(view: { id: string; name: string }): Action {
  return { label: 'save', kind: 'view', apply: (s) => ({ ...s, view, modified: false }) };
}

/** A saved view was renamed: the open one takes the new name (saved or changed as it was). */
export function viewRenamed(view: { id: string; name: string }): Action {
  return { label: 'rename the view', kind: 'view', apply: (s) => (s.view?.id === view.id ? { ...s, view } : s) };
}

/** A saved view was deleted: the open one is no longer saved anywhere (Save then makes a new view). */
export function viewDeleted(id: string): Action {
  return { label: 'delete the view', kind: 'view', apply: (s) => (s.view?.id === id ? { ...s, view: null, modified: true } : s) };
}

/** Opens a whole investigation (a saved view, an imported file): one undoable change. */
export function openInvestigation(investigation: Investigation, label: string): Action {
  return { label, kind: 'canvas', apply: () => investigation };
}

export function clearCanvas(): Action {
  return canvas('clear the canvas', (s) => ({ ...emptyInvestigation(), filters: s.filters, styling: s.styling, timeline: s.timeline, notes: s.notes.filter((n) => n.target.kind === 'view') }));
}

/**
 * The omissions that still matter: "+N more" around entities that are on the canvas, counting
 * what is really left out now (the relations of each type around them less those on the canvas).
 */
export function currentOmissions(s: Investigation): Omission[] {
  const result: Omission[] = [];
  for (const o of s.omitted) {
    if (!o.around.every((id) => s.nodes[id])) continue;
    const counts = o.totals ? leftOut(s, o.around, o.totals) : o.counts;
    if (counts.some((c) => c.count > 0)) result.push({ ...o, counts: counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count) });
  }
  return result;
}

function leftOut(s: Investigation, around: string[], totals: TypeCount[]): TypeCount[] {
  const ends = new Set(around);
  const shown = new Map<string, number>();
  for (const e of Object.values(s.edges)) if (ends.has(e.source) || ends.has(e.target)) shown.set(e.type, (shown.get(e.type) ?? 0) + 1);
  return totals.map((t) => ({ key: t.key, count: Math.max(0, t.count - (shown.get(t.key) ?? 0)) }));
}
