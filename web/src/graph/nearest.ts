/** Arrow-key navigation on the canvas (pure): the nearest node in a direction. */
import type { Point } from '../state/types.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

export const DIRECTION_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The node nearest to `from` in `direction`, within 60° of it either side; a node straight
 * ahead beats a closer one far off the axis (sideways distance counts double).
 */
export function nearestInDirection(from: Point, candidates: (Point & { id: string })[], direction: Direction): string | undefined {
  const d = VECTORS[direction];
  let best: string | undefined;
  let bestCost = Infinity;
  for (const c of candidates) {
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const along = vx * d.x + vy * d.y;
    if (along <= 0) continue;
    const across = Math.abs(vx * d.y - vy * d.x);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = c.id;
    }
  }
  return best;
}
