/**
 * Time (schema.graphql, "Time"): event times of evidence and relations, window figures as known
 * on a day, the states that hold between two entities and their history, and the lifecycle of
 * agreements and laws. Pair states are computed per request from the evidence (server/db/states.ts),
 * batched by DataLoader: one query for every pair a response needs.
 */
import { LIFECYCLE_RELATION_TYPES, STATE_OF_RELATION } from '../../seed/lifecycles.ts';
import { isRelationType } from '../../seed/vocabulary.ts';
import { requireEntity, type Context } from '../context.ts';
import { pageSize } from '../db/keyset.ts';
import type { EventRecord, InstrumentRecord } from '../db/instruments.ts';
import type { RelationRecord, RelationWindowRecord } from '../db/relations.ts';
import { pairKey, periodsOn, relationPeriod, type StatePeriodRecord, type TransitionRecord } from '../db/states.ts';
import { badInput, notFound } from '../errors.ts';
import type { DatePrecision, EventTime, Resolvers } from '../generated/graphql.ts';

const INSTRUMENT_TYPES = new Set(['Agreement', 'Legislation']);
const LIFECYCLE_TYPES = new Set<string>(LIFECYCLE_RELATION_TYPES);

/** The event time of a sentence, as the API gives it; null when it states none. */
function eventTime(date: string | null | undefined, text: string | null | undefined): EventTime | null {
  if (!date) return null;
  const precision: DatePrecision = date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
  return { date, precision, text: text ?? '' };
}

/** The period of a relation's own state on the day it was asked as of (else the latest); null for types without a lifecycle. */
async function relationState(r: RelationRecord, ctx: Context): Promise<StatePeriodRecord | null> {
  if (!isRelationType(r.type) || !STATE_OF_RELATION[r.type]) return null;
  const history = await ctx.pairHistoryLoader.load({ pair: pairKey(r.sourceId, r.targetId), asOf: r.asOf ?? null });
  return relationPeriod(history, r, r.asOf ?? null) ?? null;
}

/** A window's event times: read with the window, or (as known on a day) now. */
async function windowEvents(w: RelationWindowRecord, ctx: Context): Promise<{ firstEvent: string | null; lastEvent: string | null }> {
  if (w.firstEvent !== undefined) return { firstEvent: w.firstEvent, lastEvent: w.lastEvent ?? null };
  return w.asOf ? ctx.eventSpanLoader.load({ relationId: w.relationId, asOf: w.asOf }) : { firstEvent: null, lastEvent: null };
}

/** The evidence or event behind a transition: its sentence and article. */
async function transitionSource(t: TransitionRecord, ctx: Context) {
  const source = t.evidenceId ? await ctx.evidenceLoader.load(t.evidenceId) : t.eventId ? await ctx.eventLoader.load(t.eventId) : undefined;
  if (!source) throw notFound(`Sentence ${t.evidenceId ?? t.eventId ?? '(none)'}`);
  return source;
}

const optionalEntity = (id: string | null, ctx: Context) => (id ? requireEntity(ctx, id) : null);

/** Most relations Query.relationStates takes: a whole canvas (the API's largest neighborhood). */
export const MAX_STATE_IDS = 2000;

/** The states of relations on a day: relations read in one batch, the pairs' histories in another. */
async function relationStates(ids: readonly string[], asOf: string, ctx: Context) {
  if (ids.length > MAX_STATE_IDS) throw badInput(`relationStates takes at most ${MAX_STATE_IDS} ids (got ${ids.length}).`);
  // Ids are TYPE:hash: relations of other types are not even read.
  const wanted = [...new Set(ids)].filter((id) => LIFECYCLE_TYPES.has(id.slice(0, id.indexOf(':'))));
  const relations = await ctx.relationLoader.loadMany(wanted);
  const states = await Promise.all(relations.map(async (r) => (r && !(r instanceof Error) ? { relationId: r.id, period: await relationState({ ...r, asOf }, ctx) } : null)));
  return states.flatMap((s) => (s?.period ? [{ relationId: s.relationId, period: s.period }] : []));
}

export const timeResolvers: Resolvers = {
  Query: {
    instrument: async (_, { id }, ctx) => {
      const entity = await ctx.entityLoader.load(id);
      return entity && INSTRUMENT_TYPES.has(entity.type) ? { entityId: entity.id } : null;
    },
    relationStates: (_, { ids, asOf }, ctx) => relationStates(ids, asOf, ctx),
  },
  Entity: {
    instrument: (e) => (INSTRUMENT_TYPES.has(e.type) ? { entityId: e.id } : null),
  },
  Evidence: {
    eventTime: (v) => eventTime(v.eventDate, v.eventText),
  },
  Relation: {
    state: (r, _, ctx) => relationState(r, ctx),
  },
  GraphEdge: {
    window: (r) => r.window ?? null,
    state: (r, _, ctx) => relationState(r, ctx),
  },
  RelationWindow: {
    firstEvent: async (w, _, ctx) => (await windowEvents(w, ctx)).firstEvent,
    lastEvent: async (w, _, ctx) => (await windowEvents(w, ctx)).lastEvent,
  },
  Pair: {
    state: async (p, args, ctx) => periodsOn(await ctx.pairHistoryLoader.load({ pair: pairKey(p.aId, p.bId), asOf: p.asOf }), args.asOf ?? p.asOf ?? null),
    history: async (p, args, ctx) => {
      const history = await ctx.pairHistoryLoader.load({ pair: pairKey(p.aId, p.bId), asOf: p.asOf });
      const open = new Set(periodsOn(history, p.asOf));
      const holding = (period: StatePeriodRecord) => [...open].some((o) => o.opening === period.opening);
      return history.filter((period) => !args.lifecycles?.length || args.lifecycles.includes(period.lifecycle)).map((period) => ({ ...period, holds: holding(period) }));
    },
  },
  PairStatePeriod: {
    source: (p, _, ctx) => optionalEntity(p.sourceId, ctx),
    target: (p, _, ctx) => optionalEntity(p.targetId, ctx),
    holds: (p) => p.holds ?? p.until === null,
    superseded: (p) => p.closing !== null,
  },
  StateTransition: {
    evidence: async (t, _, ctx) => (t.evidenceId ? ((await ctx.evidenceLoader.load(t.evidenceId)) ?? null) : null),
    event: async (t, _, ctx) => (t.eventId ? ((await ctx.eventLoader.load(t.eventId)) ?? null) : null),
    sentence: async (t, _, ctx) => (await transitionSource(t, ctx)).sentence,
    article: async (t, _, ctx) => (await transitionSource(t, ctx)).article,
    sentences: (t) => t.count,
  },
  LifecycleEvent: {
    instrument: (e: EventRecord, _, ctx) => optionalEntity(e.instrumentId, ctx),
    actors: (e, _, ctx) => Promise.all(e.actorIds.map((id) => requireEntity(ctx, id))),
    eventTime: (e) => eventTime(e.eventDate, e.eventText),
    time: (e) => e.eventDate ?? e.date,
  },
  Instrument: {
    entity: (i: InstrumentRecord, _, ctx) => requireEntity(ctx, i.entityId),
    lifecycle: (i, args, ctx) => ctx.lifecycleLoader.load({ instrumentId: i.entityId, statuses: args.statuses ?? null, kinds: args.kinds ?? null, first: pageSize(args.first, 100) }),
  },
};
