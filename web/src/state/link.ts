/**
 * The canvas in a link (pure): exactly which entities and relations are on it, and which of them
 * are on the highlighted path, hidden or pinned, so a copied address reproduces the canvas, not
 * only its starting entities. Compact: relation ids (TYPE:24 hex digits) are written per type as
 * 16 base64url characters each; path, hidden and pinned are positions in the lists, in base 36.
 * A canvas whose link would pass LINK_LIMIT characters travels as a short link instead (router.ts).
 */
import { DEFAULT_STYLING, emptyInvestigation, replaceWithGraph, type GraphPiece } from './actions.ts';
import { groupNodes } from './groups.ts';
import type { Investigation, Point, Selection } from './types.ts';
import type { Route } from './url.ts';

/** A link that names its canvas. */
export type CanvasRoute = Extract<Route, { view: 'graph' }> & { canvas: CanvasLink };

/** Longest address (the part after the host) the explorer writes; longer canvases get a short link (#/v/ID). */
export const LINK_LIMIT = 2_000;

export interface CanvasLink {
  /** Entity ids on the canvas (group members included). */
  nodes: string[];
  /** Relation ids on the canvas. */
  edges: string[];
  /** Entities and relations of the highlighted path. */
  path: string[];
  hidden: string[];
  /** Pinned entities (a pinned group is pinned again only by hand). */
  pinned: string[];
  /** The path's two ends, while the path is what is selected. */
  pathEnds: { from: string; to: string } | null;
}

/** A relation id as the loader writes it: its type and the first 24 hex digits of a SHA-256. */
const HASHED_ID = /^([A-Z][A-Z0-9_]*):([0-9a-f]{24})$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 24 hex digits as 16 base64url characters (3 hex digits, 12 bits, make 2 characters). */
export function packHex(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 3) {
    const bits = parseInt(hex.slice(i, i + 3), 16);
    out += B64[bits >> 6]! + B64[bits & 63]!;
  }
  return out;
}

export function unpackHex(packed: string): string {
  let out = '';
  for (let i = 0; i < packed.length; i += 2) out += ((B64.indexOf(packed[i]!) << 6) | B64.indexOf(packed[i + 1]!)).toString(16).padStart(3, '0');
  return out;
}

/** What of `s` a link carries. */
export function canvasOf(s: Investigation): CanvasLink {
  const nodes = Object.keys(s.nodes);
  return {
    nodes,
    edges: Object.keys(s.edges),
    path: s.path.filter((id) => s.nodes[id] || s.edges[id]),
    hidden: s.hidden.filter((id) => s.nodes[id]),
    pinned: s.pinned.filter((id) => s.nodes[id]),
    pathEnds: s.selection.kind === 'path' ? { from: s.selection.from, to: s.selection.to } : null,
  };
}

/** Writes the link's parameters: n (entities), e and r (relations, packed and as is), path, hid, pin, ends. */
export function writeCanvas(link: CanvasLink, params: URLSearchParams): void {
  if (link.nodes.length === 0) return;
  params.set('n', link.nodes.join(','));
  const packed = new Map<string, string>();
  const raw: string[] = [];
  for (const id of link.edges) {
    const m = HASHED_ID.exec(id);
    if (m) packed.set(m[1]!, (packed.get(m[1]!) ?? '') + packHex(m[2]!));
    else raw.push(id);
  }
  if (packed.size) params.set('e', [...packed].map(([type, ids]) => `${type}*${ids}`).join('.'));
  if (raw.length) params.set('r', raw.join(','));
  // Positions refer to the order the reader rebuilds: entities, packed relations by type, raw ones.
  const order = [...link.nodes, ...[...packed].flatMap(([type, ids]) => chunks(ids).map((c) => `${type}:${unpackHex(c)}`)), ...raw];
  const index = new Map(order.map((id, i) => [id, i]));
  const marks = (ids: string[]) => ids.map((id) => index.get(id)?.toString(36)).filter((i) => i !== undefined).join('.');
  if (link.path.length) params.set('path', marks(link.path));
  if (link.hidden.length) params.set('hid', marks(link.hidden));
  if (link.pinned.length) params.set('pin', marks(link.pinned));
  if (link.pathEnds) params.set('ends', `${link.pathEnds.from}~${link.pathEnds.to}`);
}

const chunks = (packed: string) => packed.match(/.{16}/g) ?? [];

/** The canvas a link names; null for a link without one (only starting entities, an older link). */
export function readCanvas(params: URLSearchParams): CanvasLink | null {
  const nodes = (params.get('n') ?? '').split(',').filter(Boolean);
  if (nodes.length === 0) return null;
  const packed = (params.get('e') ?? '').split('.').flatMap((part) => {
    const [type = '', ids = ''] = part.split('*');
    return /^[A-Z][A-Z0-9_]*$/.test(type) ? chunks(ids).map((c) => `${type}:${unpackHex(c)}`) : [];
  });
  const edges = [...packed, ...(params.get('r') ?? '').split(',').filter(Boolean)];
  const order = [...nodes, ...edges];
  const marked = (name: string) => (params.get(name) ?? '').split('.').filter(Boolean).map((i) => order[parseInt(i, 36)]).filter((id): id is string => id !== undefined);
  const [from = '', to = ''] = (params.get('ends') ?? '').split('~');
  return { nodes, edges, path: marked('path'), hidden: marked('hid'), pinned: marked('pin'), pathEnds: from && to ? { from, to } : null };
}

/**
 * The investigation a link names, from what the API returned for its ids (`piece`; what is no
 * longer in the graph is simply not there) placed at `positions`: path, hidden, pins and groups
 * put back, and the selection.
 */
export function investigationFromLink(route: CanvasRoute, piece: GraphPiece, positions: Record<string, Point>): Investigation {
  const link = route.canvas;
  const base: Investigation = { ...emptyInvestigation(), filters: route.filters, timeline: route.timeline, styling: { ...DEFAULT_STYLING, ...route.styling } };
  const found = new Set(piece.nodes.map((n) => n.id));
  let s = replaceWithGraph(piece, { label: 'open a link', around: route.seeds.filter((id) => found.has(id)), asSeeds: true, positions }).apply(base);
  const known = (ids: string[]) => ids.filter((id) => s.nodes[id] || s.edges[id]);
  s = { ...s, path: known(link.path), hidden: known(link.hidden), pinned: known(link.pinned) };
  for (const g of route.groups) s = groupNodes(g.members, { label: g.label, kind: g.kind }).apply(s);
  return { ...s, selection: linkedSelection(s, link, route.selected) };
}

function linkedSelection(s: Investigation, link: CanvasLink, selected: string | null): Selection {
  if (link.pathEnds && s.nodes[link.pathEnds.from] && s.nodes[link.pathEnds.to]) return { kind: 'path', ...link.pathEnds };
  if (selected && (s.nodes[selected] || s.groups.some((g) => g.id === selected))) return { kind: 'node', id: selected };
  if (selected && s.edges[selected]) return { kind: 'edge', id: selected };
  return { kind: 'none' };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a link opened, in words: "14 entities, 23 relations, path Iran → Israel, 2 groups". */
export function describeCanvas(s: Investigation): string {
  const parts = [count(Object.keys(s.nodes).length, 'entity', 'entities'), count(Object.keys(s.edges).length, 'relation', 'relations')];
  const name = (id: string) => s.nodes[id]?.label ?? id;
  if (s.selection.kind === 'path') parts.push(`path ${name(s.selection.from)} → ${name(s.selection.to)}`);
  else if (s.path.length) parts.push('a highlighted path');
  if (s.groups.length) parts.push(count(s.groups.length, 'group', 'groups'));
  if (s.hidden.length) parts.push(`${s.hidden.length} hidden`);
  return parts.join(', ');
}

/** "3 days ago", "just now": how long ago `iso` was, at `now`. */
export function timeAgo(iso: string, now: number): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 60) return 'just now';
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, s]) => seconds >= s)!;
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-Math.floor(seconds / size), unit);
}
