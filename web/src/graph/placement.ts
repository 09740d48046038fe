/**
 * Incremental placement: new nodes go around the nodes they connect to, in free space, and
 * nodes already on the canvas never move (the analyst's mental map stays). Pure.
 */
import type { Point } from '../state/types.ts';

export interface Circle extends Point {
  r: number;
}

export interface Incoming {
  id: string;
  /** Radius of the node's body. */
  r: number;
  /** Ids of its neighbours, on the canvas or arriving with it. */
  neighbours: string[];
  /** Placed before others as well tied (the entity an expand or a search is about). */
  isFirst?: boolean;
}

const GAP = 14; // free space kept between two node bodies
const SLOT = 64; // at least this far apart along a ring, so neighbours' labels have room side by side
const LINK = 70; // distance from an anchor's edge to the first ring around it
const CELL = 64;

/** A uniform grid of the circles placed so far, for collision checks in constant time. */
class Occupancy {
  private readonly cells = new Map<number, Circle[]>();
  private maxR = 0;

  add(c: Circle): void {
    this.maxR = Math.max(this.maxR, c.r);
    const key = cellKey(Math.floor(c.x / CELL), Math.floor(c.y / CELL));
    const cell = this.cells.get(key);
    if (cell) cell.push(c);
    else this.cells.set(key, [c]);
  }

  /** True when a circle at `c` keeps GAP from every placed circle. */
  isFree(c: Circle): boolean {
    // Circles are filed by their centre, so look as far as the largest radius could reach.
    const reach = c.r + GAP + this.maxR;
    const x0 = Math.floor((c.x - reach) / CELL);
    const x1 = Math.floor((c.x + reach) / CELL);
    const y0 = Math.floor((c.y - reach) / CELL);
    const y1 = Math.floor((c.y + reach) / CELL);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const cell = this.cells.get(cellKey(x, y));
        if (!cell) continue;
        for (const o of cell) {
          const min = o.r + c.r + GAP;
          const dx = o.x - c.x;
          const dy = o.y - c.y;
          if (dx * dx + dy * dy < min * min) return false;
        }
      }
    }
    return true;
  }
}

const cellKey = (x: number, y: number) => (x + 32768) * 65536 + (y + 32768);

/** Where the next node is tried around an anchor (ring and step) or on a spiral (index). */
interface Cursor {
  ring: number;
  step: number;
  base: number;
}

/**
 * Positions for `incoming` nodes. Each goes on rings around its one placed neighbour (siblings
 * share the rings, spreading evenly), or near the middle of its placed neighbours when it links
 * several; a node with no placed neighbour starts a new group beside the existing drawing.
 * The most connected to what is placed go first, so groups grow outwards.
 */
export function placeNewNodes(fixed: Map<string, Circle>, incoming: Incoming[]): Record<string, Point> {
  const grid = new Occupancy();
  const placed = new Map<string, Circle>(fixed);
  for (const c of fixed.values()) grid.add(c);
  const centre = centreOf([...fixed.values()]);
  const rings = new Map<string, Cursor>();
  const spirals = new Map<string, number>();
  const result: Record<string, Point> = {};
  const byId = new Map(incoming.map((n) => [n.id, n]));
  const ties = new Map(incoming.map((n) => [n.id, n.neighbours.filter((id) => placed.has(id)).length]));
  // Who waits for whom: placing a node raises its waiting neighbours' ties.
  const waitingFor = new Map<string, string[]>();
  for (const n of incoming) for (const id of n.neighbours) if (byId.has(id)) waitingFor.set(id, [...(waitingFor.get(id) ?? []), n.id]);
  const first = (id: string) => (byId.get(id)!.isFirst ? 1 : 0);
  const queue = new MaxHeap<{ id: string; ties: number; r: number }>((a, b) => a.ties - b.ties || first(a.id) - first(b.id) || a.r - b.r || (a.id < b.id ? 1 : -1));
  for (const n of incoming) queue.push({ id: n.id, ties: ties.get(n.id)!, r: n.r });

  while (queue.size > 0) {
    const next = queue.pop()!;
    if (result[next.id] || next.ties !== ties.get(next.id)) continue; // placed already, or a stale entry
    const node = byId.get(next.id)!;
    const anchorIds = node.neighbours.filter((id) => placed.has(id));
    let at: Point;
    if (anchorIds.length === 1) {
      at = onRings(grid, placed.get(anchorIds[0]!)!, node.r, rings, anchorIds[0]!, centre);
    } else if (anchorIds.length > 1) {
      const key = [...anchorIds].sort().join('\u0000');
      at = spiral(grid, centreOf(anchorIds.map((id) => placed.get(id)!)), node.r, spirals, key);
    } else {
      at = spiral(grid, besideDrawing([...placed.values()], centre), node.r, spirals, '');
    }
    const circle = { ...at, r: node.r };
    placed.set(node.id, circle);
    grid.add(circle);
    result[node.id] = at;
    for (const other of waitingFor.get(node.id) ?? []) {
      if (result[other]) continue;
      const count = ties.get(other)! + 1;
      ties.set(other, count);
      queue.push({ id: other, ties: count, r: byId.get(other)!.r });
    }
  }
  return result;
}

function centreOf(circles: Point[]): Point {
  if (circles.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const c of circles) {
    x += c.x;
    y += c.y;
  }
  return { x: x / circles.length, y: y / circles.length };
}

/** To the right of everything drawn so far (or the origin on an empty canvas). */
function besideDrawing(circles: Circle[], centre: Point): Point {
  if (circles.length === 0) return { x: 0, y: 0 };
  let right = -Infinity;
  for (const c of circles) right = Math.max(right, c.x + c.r);
  return { x: right + 160, y: centre.y };
}

/** The next free spot on the rings around `anchor`, starting on the side facing away from the drawing. */
function onRings(grid: Occupancy, anchor: Circle, r: number, cursors: Map<string, Cursor>, anchorId: string, centre: Point): Point {
  let cursor = cursors.get(anchorId);
  if (!cursor) {
    const isCentre = anchor.x === centre.x && anchor.y === centre.y;
    cursor = { ring: 0, step: 0, base: isCentre ? 0 : Math.atan2(anchor.y - centre.y, anchor.x - centre.x) };
    cursors.set(anchorId, cursor);
  }
  for (let tries = 0; tries < 5_000; tries++) {
    const radius = anchor.r + LINK + r + cursor.ring * (2 * r + GAP + 24);
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / Math.max(2 * r + GAP, SLOT)));
    if (cursor.step >= slots) {
      cursor.ring++;
      cursor.step = 0;
      continue;
    }
    // Alternate both sides of the preferred direction, so a small group stays on the free side.
    const k = cursor.step++;
    const offset = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2);
    const angle = cursor.base + (offset * 2 * Math.PI) / slots + cursor.ring * 0.5;
    const at = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
    if (grid.isFree({ ...at, r })) return at;
  }
  return spiral(grid, anchor, r, new Map(), '');
}

/** The first free spot on a spiral out from `target`, resuming where the last search from the same key stopped. */
function spiral(grid: Occupancy, target: Point, r: number, cursors: Map<string, number>, key: string): Point {
  const start = cursors.get(key) ?? 0;
  if (start === 0 && grid.isFree({ ...target, r })) return target;
  const step = r + GAP / 2;
  for (let i = Math.max(1, start); ; i++) {
    // A Fermat spiral: even coverage of the disc, so a crowd grows as a round patch.
    const angle = i * 2.39996;
    const radius = step * Math.sqrt(i) * 1.1;
    const at = { x: target.x + radius * Math.cos(angle), y: target.y + radius * Math.sin(angle) };
    if (grid.isFree({ ...at, r })) {
      cursors.set(key, Math.max(1, i - 8)); // the next search starts near here, not at the middle again
      return at;
    }
  }
}

/** A binary max-heap. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) <= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.compare(items[l]!, items[best]!) > 0) best = l;
        if (r < items.length && this.compare(items[r]!, items[best]!) > 0) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}
