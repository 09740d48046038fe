/**
 * Size and colour of nodes from the styling and the canvas's measures (pure): size by degree in
 * the whole graph (the default) or by a measure of the canvas, colour by type or by community.
 */
import type { Styling } from '../state/types.ts';
import type { Measures } from './measures.ts';
import { TYPE_STYLE } from './style.ts';

/** Twelve colours told apart easily (Tableau 10 and two more); smaller communities share a light grey. */
export const COMMUNITY_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#2f4b7c', '#a05195', '#3b8686'];
export const SMALL_COMMUNITY_COLOUR = '#cbd5e1';

export const communityColour = (index: number) => COMMUNITY_COLOURS[index] ?? SMALL_COMMUNITY_COLOUR;

export const typeColour = (type: string) => TYPE_STYLE[type]?.color ?? '#64748b';

export const MIN_SIZE = 16;
export const MAX_SIZE = 64;

/** Node size for a measure: area in proportion to the value, the largest at MAX_SIZE. */
export const sizeFor = (value: number, max: number) => Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(max > 0 ? Math.max(0, value) / max : 0));

export const SIZE_LABELS: Record<Styling['sizeBy'], string> = {
  degree: 'Degree in the whole graph',
  canvasDegree: 'Degree on the canvas',
  weightedDegree: 'Weighted degree (articles)',
  betweenness: 'Betweenness',
  pagerank: 'PageRank',
};

/** Size and colour lookups for drawGraph; undefined where the default (degree, type) applies. */
export function appearance(styling: Styling, measures: Measures | null): { sizeOf?: (id: string) => number | undefined; colourOf?: (id: string) => string | undefined } {
  const result: { sizeOf?: (id: string) => number | undefined; colourOf?: (id: string) => string | undefined } = {};
  if (measures && styling.sizeBy !== 'degree') {
    const values = measures[styling.sizeBy];
    const max = Math.max(0, ...Object.values(values));
    result.sizeOf = (id) => (values[id] === undefined ? undefined : sizeFor(values[id], max));
  }
  if (measures && styling.colourBy === 'community') {
    result.colourOf = (id) => (measures.community[id] === undefined ? undefined : communityColour(measures.community[id]));
  }
  return result;
}
