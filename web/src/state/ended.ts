/**
 * The canvas as of a day (pure): the playhead (filters.to) is the day, and a relation whose state
 * a sentence of an opposing state had closed by then (ties cut, then restored) is ended. The
 * states come from the API's Query.relationStates (graph/ended-client.ts asks once per canvas and
 * day); here is what to ask and what the answer means for drawing.
 */
import { lastDayOf } from './timeline.ts';
import type { Investigation } from './types.ts';

/** Relation types that open a state between their ends (seed/lifecycles.ts, as schema.graphql's relationStates lists them). */
export const LIFECYCLE_TYPES: readonly string[] = ['NORMALIZES_WITH', 'REDUCES_TIES_WITH', 'SANCTIONS', 'EASES_SANCTIONS', 'ATTACKS'];

/** How a relation ended: when, and by which state. */
export interface Ended {
  /** When the closing sentence says it happened (YYYY, YYYY-MM or YYYY-MM-DD). */
  until: string;
  /** The state that closed it (the API's PairStateKind: TIES_NORMAL, CEASEFIRE…). */
  by: string;
  /** The sentence that closed it. */
  sentence: string | null;
}

/** The canvas as of a day: the day, and the relations ended by then. */
export interface AsOf {
  day: string;
  ended: ReadonlyMap<string, Ended>;
}

/** A relation's state on the day, as Query.relationStates answers it. */
export interface RelationStateOnDay {
  relationId: string;
  period: { holds: boolean; until: string | null; closing: { state: string; sentence: string } | null };
}

/** What to ask: the day (the playhead's last day) and the canvas's relations of lifecycle types; null when there is nothing to ask. */
export function endedQuery(s: Investigation): { day: string; ids: string[]; key: string } | null {
  if (!s.filters.to) return null;
  const ids = Object.values(s.edges)
    .filter((e) => LIFECYCLE_TYPES.includes(e.type))
    .map((e) => e.id)
    .sort();
  if (ids.length === 0) return null;
  const day = lastDayOf(s.filters.to);
  return { day, ids, key: `${day}|${ids.join(',')}` };
}

/** The relations ended by the day: closed by then (the API says `holds` false, with when and by what). */
export function endedFrom(states: readonly RelationStateOnDay[]): Map<string, Ended> {
  const ended = new Map<string, Ended>();
  for (const { relationId, period } of states) {
    if (period.holds || !period.until || !period.closing) continue;
    ended.set(relationId, { until: period.until, by: period.closing.state, sentence: period.closing.sentence });
  }
  return ended;
}

/**
 * The canvas's day for exports: null without a playhead; else the day with the relations ended by
 * then (none when the canvas holds no lifecycle relation), or 'pending' while they are asked.
 */
export function asOfNow(s: Investigation, known: (AsOf & { key: string }) | null): AsOf | 'pending' | null {
  if (!s.filters.to) return null;
  const query = endedQuery(s);
  if (!query) return { day: lastDayOf(s.filters.to), ended: new Map() };
  return known?.key === query.key ? { day: known.day, ended: known.ended } : 'pending';
}

/** The relations the canvas leaves out: the ended ones, when the analyst chose to hide them. */
export function hiddenEnded(s: Investigation, ended: ReadonlyMap<string, Ended>): Set<string> {
  return s.timeline.ended === 'hide' ? new Set([...ended.keys()].filter((id) => s.edges[id])) : new Set();
}

/** What closed a state, in words: the closing state as an event. */
const CLOSED_BY: Readonly<Record<string, string>> = {
  TIES_NORMAL: 'ties restored',
  TIES_CUT: 'ties cut',
  SANCTIONED: 'sanctions imposed',
  SANCTIONS_EASED: 'sanctions eased',
  HOSTILITIES: 'hostilities',
  CEASEFIRE: 'a ceasefire',
  PEACE: 'a peace',
};

/** "ties restored": what closed it. */
export const closedByWords = (e: Ended) => CLOSED_BY[e.by] ?? e.by.toLowerCase().replace(/_/g, ' ');

/** "ended 2023 by ties restored". */
export const endedWords = (e: Ended) => `ended ${e.until} by ${closedByWords(e)}`;
