/**
 * What the canvas draws (pure): the investigation's entities and relations, with groups drawn
 * as one node each (their relations to the rest aggregated, one edge per pair with a count and
 * classes) and, on large canvases, the parallel relations of a pair drawn as one edge with a
 * count; relations ended by the playhead are bundled apart from those that hold. Every element
 * keeps a `visible` flag instead of leaving the drawing, so filtering and timeline playback only
 * toggle classes. `owner` maps an entity or relation to what draws it.
 */
import { relationWords } from '../format.ts';
import { groupOfMember } from '../state/groups.ts';
import type { EdgeData, Investigation, Point } from '../state/types.ts';
import { isAsserted, type Visible } from '../state/visibility.ts';
import { endedWords, type Ended } from '../state/ended.ts';
import { nodeSize, shortLabel } from './size.ts';
import { CLASS_STYLE } from './style.ts';

export interface DrawnNode {
  id: string;
  label: string;
  /** Full name (labels are shortened). */
  name: string;
  type: string;
  degree: number;
  size: number;
  colour: string;
  visible: boolean;
  position: Point | undefined;
  /** For a group: its members and how many of them pass the filters. */
  group?: { members: string[]; shown: number; kind: string };
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  class: string;
  label: string;
  articles: number;
  directed: boolean;
  unasserted: boolean;
  disputed: boolean;
  /** Ended by the playhead (state/ended.ts): "ended 2023 by ties restored"; "ended" for a bundle (a pair's ended relations are bundled apart from those that hold); null otherwise. */
  ended: string | null;
  visible: boolean;
  /** The relations it stands for (one, or a pair's several) and how many of them pass the filters. */
  members: string[];
  count: number;
}

export interface Drawn {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** The drawn element standing for an entity, a relation or a group (itself when drawn alone). */
  owner: Map<string, string>;
}

export interface DrawOptions {
  /** Parallel relations of a pair as one edge with a count. */
  bundle: boolean;
  /** Node size (px) when sized by a measure of the canvas; undefined: by degree. */
  sizeOf?: (id: string) => number | undefined;
  /** Node colour; undefined: by type. */
  colourOf?: (id: string) => string | undefined;
  /** Relations ended by the playhead (state/ended.ts); none when absent. */
  ended?: ReadonlyMap<string, Ended>;
}

/** A neutral colour for groups not made from one community. */
export const GROUP_COLOUR = '#475569';
const FALLBACK_COLOUR = '#64748b';

export const bundleId = (a: string, b: string) => (a < b ? `pair:${a}|${b}` : `pair:${b}|${a}`);
/** The bundle of a pair's relations ended by the playhead: drawn apart from those that hold, so each bundle reads one way. */
export const endedBundleId = (a: string, b: string) => `${bundleId(a, b)}|ended`;

/** Group node size: grows with the square root of its members, as entity nodes do with degree. */
export const groupSize = (members: number) => Math.round(26 + 6 * Math.sqrt(members));

export function drawGraph(state: Investigation, visible: Visible, options: DrawOptions, typeColour: (type: string) => string): Drawn {
  const owner = new Map<string, string>();
  const memberOf = groupOfMember(state);
  const nodes: DrawnNode[] = [];
  for (const n of Object.values(state.nodes)) {
    const group = memberOf.get(n.id);
    if (group) {
      owner.set(n.id, group.id);
      continue;
    }
    owner.set(n.id, n.id);
    nodes.push({
      id: n.id,
      label: shortLabel(n.label),
      name: n.label,
      type: n.type,
      degree: n.degree,
      size: options.sizeOf?.(n.id) ?? nodeSize(n.degree),
      colour: options.colourOf?.(n.id) ?? typeColour(n.type),
      visible: visible.nodes.has(n.id),
      position: state.positions[n.id],
    });
  }
  for (const g of state.groups) {
    owner.set(g.id, g.id);
    const shown = g.members.filter((id) => visible.nodes.has(id)).length;
    const colours = g.members.map((id) => options.colourOf?.(id)).filter((c): c is string => Boolean(c));
    nodes.push({
      id: g.id,
      label: `${shortLabel(g.label)} (${shown === g.members.length ? shown : `${shown}/${g.members.length}`})`,
      name: g.label,
      type: 'Group of entities',
      degree: g.members.reduce((n, id) => n + (state.nodes[id]?.degree ?? 0), 0),
      size: groupSize(g.members.length),
      colour: g.kind === 'community' && colours.length ? mostCommon(colours) : GROUP_COLOUR,
      visible: shown > 0,
      position: state.positions[g.id],
      group: { members: g.members, shown, kind: g.kind },
    });
  }
  return { nodes, edges: drawEdges(state, visible, owner, options.bundle, options.ended ?? new Map()), owner };
}

function drawEdges(state: Investigation, visible: Visible, owner: Map<string, string>, bundle: boolean, ended: ReadonlyMap<string, Ended>): DrawnEdge[] {
  const byPair = new Map<string, string[]>();
  const single: DrawnEdge[] = [];
  for (const e of Object.values(state.edges)) {
    const a = owner.get(e.source);
    const b = owner.get(e.target);
    if (!a || !b || a === b) continue; // inside a group: counted by the group, not drawn
    const isGrouped = a !== e.source || b !== e.target;
    if (isGrouped || bundle) {
      const key = ended.has(e.id) ? endedBundleId(a, b) : bundleId(a, b);
      byPair.set(key, [...(byPair.get(key) ?? []), e.id]);
      continue;
    }
    owner.set(e.id, e.id);
    single.push(drawnRelation(e, visible.edges.has(e.id), ended.get(e.id)));
  }
  const bundled: DrawnEdge[] = [];
  for (const [key, ids] of byPair) {
    const edges = ids.map((id) => state.edges[id]!);
    const [a, b] = key.slice('pair:'.length).split('|') as [string, string];
    const shown = edges.filter((e) => visible.edges.has(e.id));
    // One relation alone between two entities stays itself; a group's single relation is still aggregated (its end is the group).
    if (edges.length === 1 && owner.get(edges[0]!.source) === edges[0]!.source && owner.get(edges[0]!.target) === edges[0]!.target) {
      owner.set(edges[0]!.id, edges[0]!.id);
      bundled.push(drawnRelation(edges[0]!, shown.length > 0, ended.get(edges[0]!.id)));
      continue;
    }
    for (const id of ids) owner.set(id, key);
    const counted = shown.length ? shown : edges;
    const cls = mostCommon(counted.map((e) => e.class));
    const classes = [...new Set(counted.map((e) => e.class))];
    const isEnded = counted.every((e) => ended.has(e.id));
    const words = counted.length === 1 && shown.length === 1 ? relationWords(counted[0]!.type) : `${shown.length} relations${classes.length > 1 ? ` (${classes.map((c) => CLASS_STYLE[c]?.label.toLowerCase() ?? c).join(', ')})` : ''}`;
    bundled.push({
      id: key,
      source: a,
      target: b,
      type: counted.length === 1 ? counted[0]!.type : 'SEVERAL',
      class: cls,
      label: isEnded ? `${words}, ended` : words,
      articles: counted.reduce((n, e) => n + e.articleCount, 0),
      directed: false,
      unasserted: counted.every((e) => !isAsserted(e)),
      disputed: counted.some((e) => e.disputed === true),
      ended: isEnded ? 'ended' : null,
      visible: shown.length > 0,
      members: ids,
      count: shown.length,
    });
  }
  return [...single, ...bundled];
}

/**
 * One relation as an edge. `unasserted`: no outlet asserts it in its own voice (drawn dotted and
 * lighter); `disputed`: asserted or attributed somewhere and denied elsewhere (drawn marked, and
 * its label says so); `ended`: closed by the playhead (drawn ended, and its label says when and by what).
 */
export function drawnRelation(e: EdgeData, isShown: boolean, ended?: Ended): DrawnEdge {
  const isDisputed = e.disputed === true;
  const endedText = ended ? endedWords(ended) : null;
  const notes = [isDisputed ? 'disputed' : '', endedText ?? ''].filter(Boolean);
  const label = `${relationWords(e.type)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  return { id: e.id, source: e.source, target: e.target, type: e.type, class: e.class, label, articles: e.articleCount, directed: !e.symmetric, unasserted: !isAsserted(e), disputed: isDisputed, ended: endedText, visible: isShown, members: [e.id], count: isShown ? 1 : 0 };
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  let best = values[0] ?? FALLBACK_COLOUR;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
