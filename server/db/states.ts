/**
 * What holds between two entities, and since when: the periods of each lifecycle
 * (seed/lifecycles.ts) computed from the sentences that move it, the relation evidence of
 * lifecycle types and the ceasefire and peace events, each placed at its event time (else its
 * article's date). Nothing is stored: the periods are a pure function of the evidence the graph
 * holds (or held on a day: `asOf`), so they never depend on the order articles were loaded, a
 * later sentence closes (supersedes) an earlier state without deleting it, and removing the
 * article that closed a state reopens it.
 */
import { DIRECTED_LIFECYCLES, LIFECYCLE_RELATION_TYPES, PAIR_STATES, STATE_OF_EVENT, STATE_OF_RELATION, TRANSITION_STATUSES, type Lifecycle, type PairState } from '../../seed/lifecycles.ts';
import { PAIR_EVENT_KINDS, type PairEventKind } from '../../seed/types.ts';
import { isRelationType } from '../../seed/vocabulary.ts';
import type { Executor } from './executor.ts';
import { typePattern } from './mapping.ts';

/** One sentence (or the first of several at the same time) that says a state holds. */
export interface TransitionRecord {
  lifecycle: Lifecycle;
  state: PairState;
  /** The relation's ends (the sanctioning side first), or a ceasefire's two parties. */
  sourceId: string;
  targetId: string;
  /** When: the event time the sentence states, else its article's date. */
  time: string;
  timeBasis: 'EVENT' | 'PUBLISHED';
  published: string | null;
  articleId: string;
  start: number;
  /** The evidence sentence (relations) or the event (ceasefire, peace). */
  evidenceId: string | null;
  eventId: string | null;
  relationId: string | null;
  /** Sentences of this relation or event kind at this same time. */
  count: number;
}

/** A period during which one state held. */
export interface StatePeriodRecord {
  lifecycle: Lifecycle;
  state: PairState;
  /** For a directed lifecycle (sanctions): who sanctions whom; null otherwise. */
  sourceId: string | null;
  targetId: string | null;
  since: string;
  /** When a later sentence of an opposing state closed it; null while it holds. */
  until: string | null;
  opening: TransitionRecord;
  closing: TransitionRecord | null;
  /** Sentences stating this state inside the period. */
  statements: number;
  /** True when it held on the day asked for (set by `periodsOn`). */
  holds?: boolean;
}

/** The order of transitions: by time, then publication, article and place in the article, so it never depends on load order. */
function compareTransitions(a: TransitionRecord, b: TransitionRecord): number {
  const keys = (t: TransitionRecord) => [t.time, t.published ?? '', t.articleId, String(t.start).padStart(10, '0'), t.evidenceId ?? t.eventId ?? ''];
  const [x, y] = [keys(a), keys(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
  return 0;
}

/** The track a transition moves: its lifecycle, and for sanctions its direction. */
const trackOf = (t: TransitionRecord) => (DIRECTED_LIFECYCLES.has(t.lifecycle) ? `${t.lifecycle}|${t.sourceId}>${t.targetId}` : t.lifecycle);

/**
 * The periods of each lifecycle of a pair, oldest first: a state opens at the first sentence
 * saying it after a sentence of another state (or at the first of all), and closes where the
 * next such sentence stands. Pure.
 */
export function pairHistory(transitions: readonly TransitionRecord[]): StatePeriodRecord[] {
  const tracks = new Map<string, TransitionRecord[]>();
  for (const t of transitions) tracks.set(trackOf(t), [...(tracks.get(trackOf(t)) ?? []), t]);
  const periods: StatePeriodRecord[] = [];
  for (const list of tracks.values()) {
    let current: StatePeriodRecord | undefined;
    for (const t of [...list].sort(compareTransitions)) {
      if (current && current.state === t.state) {
        current.statements += t.count;
        continue;
      }
      if (current) {
        current.until = t.time;
        current.closing = t;
      }
      const directed = DIRECTED_LIFECYCLES.has(t.lifecycle);
      current = { lifecycle: t.lifecycle, state: t.state, sourceId: directed ? t.sourceId : null, targetId: directed ? t.targetId : null, since: t.time, until: null, opening: t, closing: null, statements: t.count };
      periods.push(current);
    }
  }
  return periods.sort((a, b) => compareTransitions(a.opening, b.opening));
}

/** The end of a day, month or year, for comparing partial dates: "2016" runs to the end of 2016. */
export const endOf = (day: string) => `${day}\uffff`;

/**
 * The periods that held on a day (one per lifecycle and direction at most), or with no day, the
 * periods still open. Each is marked `holds`.
 */
export function periodsOn(history: readonly StatePeriodRecord[], day: string | null): StatePeriodRecord[] {
  const holds = (p: StatePeriodRecord) => (day === null ? p.until === null : p.since <= endOf(day) && (p.until === null || p.until > endOf(day)));
  return history.filter(holds).map((p) => ({ ...p, holds: true }));
}

/**
 * The period of a relation's own state on a day (or the latest): the one that held, else the last
 * one that had ended by then (superseded); undefined when none had begun.
 */
export function relationPeriod(history: readonly StatePeriodRecord[], relation: { type: string; sourceId: string; targetId: string }, day: string | null): StatePeriodRecord | undefined {
  const state = isRelationType(relation.type) ? STATE_OF_RELATION[relation.type] : undefined;
  if (!state) return undefined;
  const directed = DIRECTED_LIFECYCLES.has(PAIR_STATES[state].lifecycle);
  const mine = history.filter((p) => p.state === state && (!directed || (p.sourceId === relation.sourceId && p.targetId === relation.targetId)));
  const begun = day === null ? mine : mine.filter((p) => p.since <= endOf(day));
  const last = begun[begun.length - 1];
  if (!last) return undefined;
  const holds = day === null ? last.until === null : last.until === null || last.until > endOf(day);
  return { ...last, holds };
}

interface TransitionRow {
  key: string;
  transitions: (Omit<TransitionRecord, 'lifecycle' | 'state' | 'timeBasis'> & { type: string | null; kind: string | null; isEventTime: boolean })[];
}

/** A pair's key: its two ids in order. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The transitions of pairs (keys a|b, ids in order), as known from the articles published up to
 * `asOf` (all when null), in one query: the lifecycle relations' evidence, one row per relation
 * and time (its first sentence), and the ceasefire and peace events.
 */
export async function pairTransitions(db: Executor, keys: readonly string[], asOf: string | null): Promise<Map<string, TransitionRecord[]>> {
  const pairs = keys.map((key) => ({ key, a: key.slice(0, key.indexOf('|')), b: key.slice(key.indexOf('|') + 1) }));
  const rows = await db.read<TransitionRow>(
    `UNWIND $pairs AS p
     CALL (p) {
       MATCH (:Entity {id: p.a})-[r${typePattern(LIFECYCLE_RELATION_TYPES)}]-(:Entity {id: p.b})
       MATCH (v:Evidence {relationId: r.id})
       WITH r, v, coalesce(v.eventDate, v.date) AS time
       WHERE time IS NOT NULL AND coalesce(v.status, 'asserted') IN $statuses AND ($asOf IS NULL OR (v.date <= $asOf AND time <= $asOf))
       WITH r, v, time ORDER BY v.date, v.articleId, v.start
       WITH r, time, collect({id: v.id, published: v.date, articleId: v.articleId, start: v.start, isEventTime: v.eventDate IS NOT NULL})[0] AS first, count(*) AS n
       RETURN {type: type(r), kind: null, sourceId: startNode(r).id, targetId: endNode(r).id, relationId: r.id, time: time, isEventTime: first.isEventTime,
               published: first.published, articleId: first.articleId, start: first.start, evidenceId: first.id, eventId: null, count: n} AS t
       UNION ALL
       MATCH (e:Event {pair: p.key})
       WITH e, coalesce(e.eventDate, e.date) AS time
       WHERE e.kind IN $pairKinds AND time IS NOT NULL AND coalesce(e.status, 'asserted') IN $statuses AND ($asOf IS NULL OR (e.date <= $asOf AND time <= $asOf))
       RETURN {type: null, kind: e.kind, sourceId: e.actorIds[0], targetId: e.actorIds[1], relationId: null, time: time, isEventTime: e.eventDate IS NOT NULL,
               published: e.date, articleId: e.articleId, start: e.start, evidenceId: null, eventId: e.id, count: 1} AS t
     }
     RETURN p.key AS key, collect(t) AS transitions`,
    { pairs, statuses: [...TRANSITION_STATUSES], pairKinds: [...PAIR_EVENT_KINDS], asOf: asOf === null ? null : endOf(asOf) },
  );
  const out = new Map<string, TransitionRecord[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const list: TransitionRecord[] = [];
    for (const { type, kind, isEventTime, ...t } of row.transitions) {
      const state = type !== null && isRelationType(type) ? STATE_OF_RELATION[type] : kind !== null ? STATE_OF_EVENT[kind as PairEventKind] : undefined;
      if (state) list.push({ ...t, lifecycle: PAIR_STATES[state].lifecycle, state, timeBasis: isEventTime ? 'EVENT' : 'PUBLISHED' });
    }
    out.set(row.key, list);
  }
  return out;
}
