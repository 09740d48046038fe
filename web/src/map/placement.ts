/**
 * The investigation on a map (pure): what the graph draws (graph/drawn.ts, with groups, and the
 * relations of a pair as one arc), each node at its location: a place at its coordinates, a
 * country at its point, a person or an organization at its country's point; entities that share
 * a point are spread on rings around it (screen pixels, so they stay apart at any zoom). Nodes
 * without a location are listed as not placed. A pair's relations ended by the playhead are an
 * arc of their own, bent further than the arc of those that hold, so the two nest.
 */
import type { Drawn, DrawnEdge } from '../graph/drawn.ts';
import type { GeoLocation, Investigation } from '../state/types.ts';

export interface MapNode {
  id: string;
  label: string;
  name: string;
  type: string;
  colour: string;
  /** Radius on screen, px. */
  radius: number;
  lon: number;
  lat: number;
  /** Where it sits from its point on screen (entities sharing a point), px. */
  dx: number;
  dy: number;
  precision: GeoLocation['precision'];
  /** A country drawn at its shape too. */
  isCountry: boolean;
  isGroup: boolean;
  importance: number;
}

export interface MapArc extends DrawnEdge {
  width: number;
  /** How far the arc bends sideways, a fraction of its chord; the sign keeps a pair's arcs on one side whichever way they go. */
  bend: number;
}

export interface MapModel {
  nodes: MapNode[];
  arcs: MapArc[];
  /** Shown in the graph but with no known location. */
  notPlaced: { id: string; label: string; type: string }[];
}

/** Ring spacing around a shared point, px. */
const RING = 16;
/** Arc bends: an arc, and an ended arc beside one that holds. */
const BEND = 0.2;
const ENDED_BEND = 0.4;

/** Where a drawn node is: its own location, or for a group the middle of its members'. */
function locationOf(state: Investigation, id: string, members: string[] | undefined): GeoLocation | null {
  if (!members) return state.nodes[id]?.location ?? null;
  const points = members.map((m) => state.nodes[m]?.location).filter((l): l is GeoLocation => Boolean(l));
  if (points.length === 0) return null;
  return { lat: points.reduce((a, p) => a + p.lat, 0) / points.length, lon: points.reduce((a, p) => a + p.lon, 0) / points.length, precision: 'COUNTRY_OF' };
}

export function mapModel(state: Investigation, drawn: Drawn): MapModel {
  const placed: MapNode[] = [];
  const notPlaced: MapModel['notPlaced'] = [];
  for (const n of drawn.nodes) {
    if (!n.visible) continue;
    const at = locationOf(state, n.id, n.group?.members);
    if (!at) {
      notPlaced.push({ id: n.id, label: n.name, type: n.type });
      continue;
    }
    placed.push({ id: n.id, label: n.label, name: n.name, type: n.type, colour: n.colour, radius: Math.max(4, Math.round(n.size / 3)), lon: at.lon, lat: at.lat, dx: 0, dy: 0, precision: at.precision, isCountry: n.type === 'Country' && at.precision === 'COUNTRY', isGroup: n.group !== undefined, importance: n.size * 1000 + n.degree });
  }
  spread(placed);
  const where = new Set(placed.map((n) => n.id));
  const drawnArcs = drawn.edges.filter((e) => e.visible && where.has(e.source) && where.has(e.target));
  const pairOf = (e: DrawnEdge) => (e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`);
  const holding = new Set(drawnArcs.filter((e) => e.ended === null).map(pairOf));
  const arcs = drawnArcs.map((e) => ({
    ...e,
    width: Math.min(6, 1 + Math.log2(Math.max(1, e.articles))),
    bend: (e.ended !== null && holding.has(pairOf(e)) ? ENDED_BEND : BEND) * (e.source < e.target ? 1 : -1),
  }));
  return { nodes: placed, arcs, notPlaced: notPlaced.sort((a, b) => a.label.localeCompare(b.label)) };
}

/** Nodes at one point: the country itself (or the most important) stays on it, the rest go on rings around it. */
function spread(nodes: MapNode[]): void {
  const byPoint = new Map<string, MapNode[]>();
  for (const n of nodes) {
    const key = `${n.lat.toFixed(3)},${n.lon.toFixed(3)}`;
    byPoint.set(key, [...(byPoint.get(key) ?? []), n]);
  }
  for (const group of byPoint.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => Number(b.isCountry) - Number(a.isCountry) || b.importance - a.importance || a.id.localeCompare(b.id));
    const centre = group[0]!;
    let ring = 1;
    let onRing = 0;
    let capacity = 6;
    for (const n of group.slice(1)) {
      const radius = centre.radius + RING * ring;
      const angle = (2 * Math.PI * onRing) / capacity - Math.PI / 2;
      n.dx = Math.round(radius * Math.cos(angle));
      n.dy = Math.round(radius * Math.sin(angle));
      if (++onRing === capacity) {
        ring++;
        onRing = 0;
        capacity = Math.floor((2 * Math.PI * (centre.radius + RING * ring)) / RING);
      }
    }
  }
}
