/**
 * The full layout: a d3-force simulation (Barnes–Hut repulsion, springs on edges, collision on
 * node bodies) over the graph without its leaves, then each leaf placed on rings around its one
 * neighbour. Leaves are most nodes of a news graph (an entity named once, beside a country):
 * leaving them out of the simulation makes it several times faster and draws them as tidy
 * rings instead of a cloud. Pure and synchronous: it runs in a Web Worker in the browser
 * (layout.worker.ts) and in Node in the tests.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Point } from '../state/types.ts';
import { placeNewNodes, type Circle } from './placement.ts';

export interface LayoutNode {
  id: string;
  r: number;
  /** Start here (the current drawing) instead of the default spiral. */
  x?: number;
  y?: number;
  /** Pinned: the simulation does not move it. */
  fixed?: boolean;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  /** Radius with room for its leaves' rings. */
  room: number;
}

const GAP = 8;

/** Distinct neighbour pairs: parallel relations would pull a pair together several times. */
function neighbourPairs(input: LayoutInput): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>(input.nodes.map((n) => [n.id, new Set()]));
  for (const e of input.edges) {
    const a = adjacency.get(e.source);
    const b = adjacency.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    a.add(e.target);
    b.add(e.source);
  }
  return adjacency;
}

/**
 * Positions for every node; pinned nodes keep theirs. Only the skeleton is simulated: leaves
 * (one neighbour) go on rings around it afterwards, and connectors (two neighbours, both in the
 * skeleton) near the middle of their two ends, which the simulation joins by a spring in their
 * stead. Both are most of a news graph, and placing them is far cheaper than simulating them.
 */
export function forceLayout(input: LayoutInput): Record<string, Point> {
  const adjacency = neighbourPairs(input);
  const degree = (id: string) => adjacency.get(id)?.size ?? 0;
  const leafIds = new Set<string>();
  for (const n of input.nodes) {
    const [other] = adjacency.get(n.id)!;
    if (!n.fixed && degree(n.id) === 1 && degree(other!) > 1) leafIds.add(n.id);
  }
  const isHub = (n: LayoutNode) => !leafIds.has(n.id) && (n.fixed || degree(n.id) >= 3);
  const hubs = new Set(input.nodes.filter(isHub).map((n) => n.id));
  const connectorIds = new Set<string>();
  if (hubs.size >= 2) {
    for (const n of input.nodes) if (!n.fixed && degree(n.id) === 2 && [...adjacency.get(n.id)!].every((id) => hubs.has(id))) connectorIds.add(n.id);
  }
  const folded = input.nodes.filter((n) => leafIds.has(n.id) || connectorIds.has(n.id));

  const leafArea = new Map<string, number>();
  for (const id of leafIds) {
    const [parent] = adjacency.get(id)!;
    const r = input.nodes.find((n) => n.id === id)?.r ?? 10;
    leafArea.set(parent!, (leafArea.get(parent!) ?? 0) + (2 * r + 2 * GAP) ** 2);
  }
  const skeleton: SimNode[] = input.nodes
    .filter((n) => !leafIds.has(n.id) && !connectorIds.has(n.id))
    .map((n) => ({
      id: n.id,
      r: n.r,
      room: n.r + (leafArea.has(n.id) ? 40 + Math.sqrt(leafArea.get(n.id)! / Math.PI) * 1.3 : 0),
      ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}),
      ...(n.fixed ? { fx: n.x ?? 0, fy: n.y ?? 0 } : {}),
    }));
  const inSkeleton = new Set(skeleton.map((n) => n.id));
  // Springs: direct links in the skeleton, and one per pair of ends that connectors join (longer with more of them).
  const springs = new Map<string, SimLink>();
  const addSpring = (a: string, b: string, extra: number) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const spring = springs.get(key) ?? { source: a, target: b, extra: 0 };
    spring.extra += extra;
    springs.set(key, spring);
  };
  for (const [id, nbs] of adjacency) {
    if (!inSkeleton.has(id)) continue;
    for (const other of nbs) if (id < other && inSkeleton.has(other)) addSpring(id, other, 0);
  }
  for (const id of connectorIds) {
    const [a, b] = adjacency.get(id)!;
    addSpring(a!, b!, 400);
  }
  simulate(skeleton, [...springs.values()]);

  const placed = new Map<string, Circle>(skeleton.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0, r: n.r }]));
  const spots = placeNewNodes(placed, folded.map((n) => ({ id: n.id, r: n.r, neighbours: [...adjacency.get(n.id)!] })));
  const out: Record<string, Point> = {};
  for (const [id, c] of placed) out[id] = { x: Math.round(c.x), y: Math.round(c.y) };
  for (const [id, p] of Object.entries(spots)) out[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  return out;
}

interface SimLink {
  source: string | SimNode;
  target: string | SimNode;
  /** Room along the spring for the connectors drawn between its ends (area, px²). */
  extra: number;
}

function simulate(nodes: SimNode[], links: SimLink[]): void {
  if (nodes.length === 0) return;
  const simulation = forceSimulation(nodes)
    .stop()
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        .distance((l) => 30 + (l.source as SimNode).room + (l.target as SimNode).room + Math.sqrt(l.extra) * 1.5),
    )
    .force('charge', forceManyBody<SimNode>().strength((d) => -30 - 3 * d.room).theta(1).distanceMax(3000))
    .force('room', roomForce(nodes.filter((n) => n.room > n.r)))
    // A weak pull to the middle keeps separate groups from drifting apart.
    .force('x', forceX<SimNode>(0).strength(0.03))
    .force('y', forceY<SimNode>(0).strength(0.03));
  const ticks = nodes.length > 300 ? 180 : 260;
  simulation.alphaDecay(1 - Math.pow(0.001, 1 / ticks));
  simulation.tick(Math.round(ticks * 0.6));
  // Collisions of the bodies join once the shape has formed, then act alone so springs do not pull overlaps back.
  simulation.force('collide', forceCollide<SimNode>((d) => d.r + GAP).iterations(2).strength(0.8));
  simulation.tick(Math.round(ticks * 0.4));
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null).force('room', null);
  simulation.force('collide', forceCollide<SimNode>((d) => d.r + GAP).iterations(3).strength(1));
  simulation.alpha(0.2).alphaDecay(0.15).tick(25);
}

/**
 * Keeps the discs reserved for leaf rings apart. Only nodes with leaves take part (a few
 * hundred at most), so pairs are checked directly: d3's collide would visit most of the tree
 * for every node once a few radii are large.
 */
function roomForce(members: SimNode[]) {
  let strength = 0.5;
  const force = (alpha: number) => {
    for (let i = 0; i < members.length; i++) {
      const a = members[i]!;
      for (let j = i + 1; j < members.length; j++) {
        const b = members[j]!;
        const dx = (b.x ?? 0) + (b.vx ?? 0) - (a.x ?? 0) - (a.vx ?? 0);
        const dy = (b.y ?? 0) + (b.vy ?? 0) - (a.y ?? 0) - (a.vy ?? 0);
        const min = a.room + b.room;
        const d2 = dx * dx + dy * dy;
        if (d2 >= min * min) continue;
        const d = Math.sqrt(d2) || 1;
        const push = ((min - d) / d) * strength * alpha * 0.5;
        a.vx = (a.vx ?? 0) - dx * push;
        a.vy = (a.vy ?? 0) - dy * push;
        b.vx = (b.vx ?? 0) + dx * push;
        b.vy = (b.vy ?? 0) + dy * push;
      }
    }
  };
  force.strength = (s: number) => ((strength = s), force);
  return force;
}
