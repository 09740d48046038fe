/** Small graphs for the state's unit tests, in the API's shape. */
import type { GraphPiece } from './actions.ts';
import type { EdgeData, NodeData } from './types.ts';

export const node = (id: string, degree = 1, type = 'Country', country: string | null = null): NodeData => ({ id, label: id, type, degree, country });

export const edge = (source: string, target: string, type = 'MEETS_WITH', extra: Partial<EdgeData> = {}): EdgeData => ({
  id: `${type}:${source}:${target}`,
  source,
  target,
  type,
  class: 'VERBAL_COOPERATION',
  symmetric: true,
  articleCount: 1,
  score: 0.5,
  firstSeen: '2024-01-05',
  lastSeen: '2024-03-05',
  ...extra,
});

/** A star: `hub` related to each of `leaves`. */
export function star(hub: string, leaves: string[], omitted: GraphPiece['omitted'] = []): GraphPiece {
  return { nodes: [node(hub, leaves.length), ...leaves.map((id) => node(id))], edges: leaves.map((id) => edge(hub, id)), omitted };
}
