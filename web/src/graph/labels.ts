/**
 * Which node labels to draw, and on which side (pure). Labels keep one size on screen, so
 * zooming in makes room for more of them; the most important are placed first (the selection
 * and its neighbours, then the largest nodes), under their node, else above, right, left or at a
 * corner of it, and a label that would overlap one already placed, or the body of a node at least as
 * important, is left out: labels never overlap. Fewer labels also keep software rendering fast
 * at thousands of nodes.
 */
export interface LabelCandidate {
  id: string;
  /** Node centre and radius, in model coordinates. */
  x: number;
  y: number;
  r: number;
  /** Label size on screen, in pixels. */
  width: number;
  height: number;
  /** Higher first. */
  importance: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** For a node's body: its importance (a label may cover less important nodes). */
  importance?: number;
}

const MARGIN = 3; // screen pixels between the node and its label, and around each label

export type LabelSide = 'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

/** The nodes whose label fits at `zoom` within the visible model area `view`, and on which side. */
export function chooseLabels(candidates: LabelCandidate[], zoom: number, view: Box, max = 400): Map<string, LabelSide> {
  const chosen = new Map<string, LabelSide>();
  const cell = 120 / zoom;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box) => {
    const keys: number[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++) for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) keys.push((x + 32768) * 65536 + (y + 32768));
    return keys;
  };
  const add = (b: Box) => {
    for (const k of cells(b)) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  };
  const collides = (b: Box, own: Box, importance: number) => {
    for (const k of cells(b)) {
      for (const o of grid.get(k) ?? []) {
        if (o === own || (o.importance !== undefined && o.importance < importance)) continue;
        if (o.x1 < b.x2 && o.x2 > b.x1 && o.y1 < b.y2 && o.y2 > b.y1) return true;
      }
    }
    return false;
  };
  const inView = candidates.filter((c) => c.x + c.r >= view.x1 && c.x - c.r <= view.x2 && c.y + c.r >= view.y1 && c.y - c.r <= view.y2);
  // Node bodies are obstacles for the labels of less important nodes (a hub's name may cover a leaf).
  const bodies = new Map<string, Box>();
  for (const c of inView) {
    const body = { x1: c.x - c.r, y1: c.y - c.r, x2: c.x + c.r, y2: c.y + c.r, importance: c.importance };
    bodies.set(c.id, body);
    add(body);
  }
  const ordered = [...inView].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  for (const c of ordered) {
    if (chosen.size >= max) break;
    const w = (c.width + 2 * MARGIN) / zoom;
    const h = (c.height + 2 * MARGIN) / zoom;
    const sides: [LabelSide, Box][] = [
      ['below', { x1: c.x - w / 2, y1: c.y + c.r, x2: c.x + w / 2, y2: c.y + c.r + h }],
      ['above', { x1: c.x - w / 2, y1: c.y - c.r - h, x2: c.x + w / 2, y2: c.y - c.r }],
      ['right', { x1: c.x + c.r, y1: c.y - h / 2, x2: c.x + c.r + w, y2: c.y + h / 2 }],
      ['left', { x1: c.x - c.r - w, y1: c.y - h / 2, x2: c.x - c.r, y2: c.y + h / 2 }],
      ['below-right', { x1: c.x + c.r, y1: c.y + c.r, x2: c.x + c.r + w, y2: c.y + c.r + h }],
      ['below-left', { x1: c.x - c.r - w, y1: c.y + c.r, x2: c.x - c.r, y2: c.y + c.r + h }],
      ['above-right', { x1: c.x + c.r, y1: c.y - c.r - h, x2: c.x + c.r + w, y2: c.y - c.r }],
      ['above-left', { x1: c.x - c.r - w, y1: c.y - c.r - h, x2: c.x - c.r, y2: c.y - c.r }],
    ];
    const free = sides.find(([, box]) => !collides(box, bodies.get(c.id)!, c.importance));
    if (!free) continue;
    add(free[1]);
    chosen.set(c.id, free[0]);
  }
  return chosen;
}
