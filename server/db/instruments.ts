/**
 * Events (seed/extract/lifecycle.ts): the lifecycle of agreements and laws, and ceasefires and
 * peace. One query for the lifecycles of many instruments, and events by id (for DataLoader).
 */
import { EVENT_KIND_NAMES, type EventKind } from '../../seed/types.ts';
import { badInput } from '../errors.ts';
import type { Executor } from './executor.ts';
import { fromGqlClaimStatus, type GqlClaimStatus } from './mapping.ts';

export type GqlEventKind = 'PROPOSED' | 'SIGNED' | 'RATIFIED' | 'IN_FORCE' | 'SUSPENDED' | 'WAIVED' | 'EXTENDED' | 'WITHDRAWN' | 'EXPIRED' | 'REPEALED' | 'CEASEFIRE' | 'PEACE';

/** The GraphQL enum value of a stored kind ("in-force" → IN_FORCE) and back. */
export const toGqlEventKind = (kind: string): GqlEventKind => kind.toUpperCase().replace(/-/g, '_') as GqlEventKind;
export function fromGqlEventKind(kind: GqlEventKind): EventKind {
  const stored = kind.toLowerCase().replace(/_/g, '-');
  if (!(EVENT_KIND_NAMES as readonly string[]).includes(stored)) throw badInput(`Unknown event kind ${kind}`);
  return stored as EventKind;
}

export interface EventRecord {
  id: string;
  kind: GqlEventKind;
  instrumentId: string | null;
  actorIds: string[];
  eventDate: string | null;
  eventText: string | null;
  /** The article's publication date. */
  date: string | null;
  status: GqlClaimStatus;
  attributedTo: string | null;
  confidence: number;
  rule: string;
  sentence: string;
  start: number;
  end: number;
  article: { id: string; title: string; url: string | null; source: string | null; published: string | null };
}

/** An agreement or a law, whose lifecycle is read when asked for. */
export interface InstrumentRecord {
  entityId: string;
}

const EVENT_FIELDS = `e { .id, kind: toUpper(replace(e.kind, '-', '_')), instrumentId: e.instrumentId, actorIds: coalesce(e.actorIds, []), eventDate: e.eventDate, eventText: e.eventText,
  date: e.date, status: toUpper(coalesce(e.status, 'asserted')), attributedTo: e.attributedTo, .confidence, .rule, .sentence, .start, .end,
  article: art { .id, .title, .url, .source, .published } }`;

/** What a lifecycle is asked for with. */
export interface LifecycleQuery {
  statuses: GqlClaimStatus[] | null;
  kinds: GqlEventKind[] | null;
  first: number;
}

/**
 * The events of each instrument in time order (event time, else publication date; undated
 * last), in one query.
 */
export async function instrumentLifecycles(db: Executor, instrumentIds: readonly string[], q: LifecycleQuery): Promise<EventRecord[][]> {
  if (q.statuses?.length === 0) throw badInput('"statuses" needs at least one status (or leave it out)');
  if (q.first === 0) return instrumentIds.map(() => []);
  const rows = await db.read<{ id: string; events: EventRecord[] }>(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (e:Event {instrumentId: id})-[:FROM]->(art:Article)
       WHERE ($statuses IS NULL OR coalesce(e.status, 'asserted') IN $statuses) AND ($kinds IS NULL OR e.kind IN $kinds)
       WITH e, art ORDER BY coalesce(e.eventDate, e.date) IS NULL, coalesce(e.eventDate, e.date), e.date, e.articleId, e.start LIMIT $first
       RETURN collect(${EVENT_FIELDS}) AS events
     }
     RETURN id, events`,
    { ids: instrumentIds, statuses: q.statuses?.map(fromGqlClaimStatus) ?? null, kinds: q.kinds?.map(fromGqlEventKind) ?? null, first: q.first },
  );
  const found = new Map(rows.map((row) => [row.id, row.events]));
  return instrumentIds.map((id) => found.get(id) ?? []);
}

/** Events by id, in the order asked (for DataLoader). */
export async function eventsByIds(db: Executor, ids: readonly string[]): Promise<(EventRecord | undefined)[]> {
  const rows = await db.read<{ event: EventRecord }>(
    `UNWIND $ids AS id
     WITH id, split(id, '|') AS parts WHERE size(parts) >= 4
     MATCH (e:Event {articleId: reduce(s = parts[0], p IN parts[1..size(parts) - 3] | s + '|' + p)}) WHERE e.id = id
     MATCH (e)-[:FROM]->(art:Article)
     RETURN ${EVENT_FIELDS} AS event`,
    { ids },
  );
  const found = new Map(rows.map((row) => [row.event.id, row.event]));
  return ids.map((id) => found.get(id));
}

/** True for an id of the shape events have (articleId|kind|subject|start). */
export function isEventId(id: string): boolean {
  const parts = id.split('|');
  return parts.length >= 4 && (EVENT_KIND_NAMES as readonly string[]).includes(parts[parts.length - 3] ?? '') && /^\d+$/.test(parts[parts.length - 1] ?? '');
}
