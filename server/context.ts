/** Per-request context: the executor, batched loaders, and who is calling. */
import DataLoader from 'dataloader';
import { degreesByIds, entitiesByIds, type EntityRecord } from './db/entities.ts';
import { countEvidence, evidenceByIds, evidencePages, type EvidenceOrder, type EvidenceRecord, type EvidenceScope } from './db/evidence.ts';
import { scopeToRequest, type Executor, type RequestScope } from './db/executor.ts';
import { eventsByIds, instrumentLifecycles, type EventRecord, type LifecycleQuery } from './db/instruments.ts';
import type { KeyValue, Page } from './db/keyset.ts';
import { eventSpansAsOf, relationsByIds, type RelationRecord } from './db/relations.ts';
import { pairHistory, pairTransitions, type StatePeriodRecord } from './db/states.ts';
import type { Extractor } from './extract-pool.ts';
import { notFound } from './errors.ts';

/** One evidence page asked for by a resolver: loaders batch those of the same shape into one query. */
export interface EvidencePageKey {
  relationIds: string[];
  after: KeyValue[] | null;
  scope: EvidenceScope;
  order: EvidenceOrder | null;
  limit: number;
}

export interface EvidenceCountKey {
  relationIds: string[];
  scope: EvidenceScope;
}

/** A pair's history as known on a day (null: from all the evidence). */
export interface PairHistoryKey {
  pair: string;
  asOf: string | null;
}

export interface Context {
  db: Executor;
  evidenceLoader: DataLoader<string, EvidenceRecord | undefined>;
  eventLoader: DataLoader<string, EventRecord | undefined>;
  /** The periods of a pair's lifecycles (server/db/states.ts), one query for every pair of a request known as of the same day. */
  pairHistoryLoader: DataLoader<PairHistoryKey, StatePeriodRecord[], string>;
  lifecycleLoader: DataLoader<{ instrumentId: string } & LifecycleQuery, EventRecord[], string>;
  /** Event times of relations' sentences published by a day (window figures of the graph as known then). */
  eventSpanLoader: DataLoader<{ relationId: string; asOf: string }, { firstEvent: string | null; lastEvent: string | null }, string>;
  entityLoader: DataLoader<string, EntityRecord | undefined>;
  degreeLoader: DataLoader<string, number>;
  relationLoader: DataLoader<string, RelationRecord | undefined>;
  evidencePageLoader: DataLoader<EvidencePageKey, Page<EvidenceRecord>, string>;
  evidenceCountLoader: DataLoader<EvidenceCountKey, number, string>;
  /** Extraction in worker threads (ingestArticle). */
  extractor: Extractor;
  /** True when the request carries the configured API token (or a writer's token). */
  isAuthorized: boolean;
  /** The writer the request's token names (ENTENTE_WRITER_TOKENS); null for ENTENTE_API_TOKEN, no token or a wrong one. */
  writer: string | null;
  /** False when the server has neither ENTENTE_API_TOKEN nor writer tokens: mutations are refused. */
  hasToken: boolean;
  /** Who is calling, for budgets: the API token's identity when it is presented, else the remote address. */
  client: string;
  /** The request's deadline, estimated cost and result cap, shared by all its database calls. */
  scope: RequestScope;
  /** A digest of the request as sent, by which budgets know a refused request again (ClientBudgets.refuseEarly). */
  requestKey?: string | undefined;
}

export interface ContextOptions {
  /** The shared executor: the context wraps it in the request's scope. */
  db: Executor;
  extractor: Extractor;
  apiToken: string | undefined;
  /** Tokens that name their writer (writer → token), accepted wherever apiToken is. */
  writerTokens?: WriterTokens | undefined;
  /** The request's Authorization header. */
  authorization: string | undefined;
  remoteAddress: string | undefined;
  scope: RequestScope;
  requestKey?: string | undefined;
}

/** An entity a non-null field needs (a relation's end, a mention's target): NOT_FOUND when missing. */
export async function requireEntity(ctx: Context, id: string): Promise<EntityRecord> {
  const entity = await ctx.entityLoader.load(id);
  if (!entity) throw notFound(`Entity ${id}`);
  return entity;
}

export async function requireRelation(ctx: Context, id: string): Promise<RelationRecord> {
  const relation = await ctx.relationLoader.load(id);
  if (!relation) throw notFound(`Relation ${id}`);
  return relation;
}

/** Groups keys by a shape (everything but what varies per item), runs one batch per shape, answers in key order. */
async function batchByShape<K, V>(keys: readonly K[], shapeOf: (key: K) => string, run: (group: K[]) => Promise<V[]>): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => groups.set(shapeOf(key), [...(groups.get(shapeOf(key)) ?? []), i]));
  const results: V[] = new Array(keys.length);
  for (const indexes of groups.values()) {
    const values = await run(indexes.map((i) => keys[i]!));
    indexes.forEach((i, j) => (results[i] = values[j]!));
  }
  return results;
}

/** The bearer token of an Authorization header, if any. */
const bearerOf = (authorization: string | undefined) => /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];

/** Writers' own API tokens, writer's name → token (ENTENTE_WRITER_TOKENS). */
export type WriterTokens = Readonly<Record<string, string>>;

/**
 * Reads ENTENTE_WRITER_TOKENS: `name:token` pairs separated by commas ("Amira Haddad:s3cret,
 * bob:t0ken"); a name holds no ":" or ",", a token no ",". Throws saying what is wrong.
 */
export function parseWriterTokens(text: string | undefined): WriterTokens {
  const tokens: Record<string, string> = {};
  for (const pair of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.indexOf(':');
    const name = pair.slice(0, Math.max(0, at)).trim();
    const token = pair.slice(at + 1).trim();
    if (at < 1 || !name || token.length < 8) throw new Error(`ENTENTE_WRITER_TOKENS: "${name || pair.slice(0, 20)}…" must be name:token, with a token of at least 8 characters.`);
    if (tokens[name] !== undefined) throw new Error(`ENTENTE_WRITER_TOKENS names ${name} twice.`);
    tokens[name] = token;
  }
  return tokens;
}

/** Who presents a configured token: null when none is presented or it is wrong; else the writer it names (null: the unnamed ENTENTE_API_TOKEN). */
export function tokenHolder(apiToken: string | undefined, authorization: string | undefined, writerTokens: WriterTokens = {}): { writer: string | null } | null {
  const presented = bearerOf(authorization);
  if (!presented) return null;
  if (apiToken && safeEqual(presented, apiToken)) return { writer: null };
  for (const [writer, token] of Object.entries(writerTokens)) if (safeEqual(presented, token)) return { writer };
  return null;
}

/** True when `authorization` presents the configured API token or a writer's token. */
export function isAuthorizedBy(apiToken: string | undefined, authorization: string | undefined, writerTokens?: WriterTokens): boolean {
  return tokenHolder(apiToken, authorization, writerTokens) !== null;
}

/** The budget key of a caller: its token when it presents a right one (one identity however many addresses; a writer's own), else its address. */
export function clientIdentity(apiToken: string | undefined, authorization: string | undefined, remoteAddress: string | undefined, writerTokens?: WriterTokens): string {
  const holder = tokenHolder(apiToken, authorization, writerTokens);
  if (!holder) return `address:${remoteAddress ?? 'unknown'}`;
  return holder.writer === null ? 'token' : `token:${holder.writer}`;
}

export function createContext({ db: shared, extractor, apiToken, writerTokens = {}, authorization, remoteAddress, scope, requestKey }: ContextOptions): Context {
  // Every database call of this request, loaders included, goes through the request's scope.
  const db = scopeToRequest(shared, scope);
  return {
    db,
    // One query for every entity a request needs (relation ends, mentions): no N+1.
    entityLoader: new DataLoader((ids) => entitiesByIds(db, ids)),
    degreeLoader: new DataLoader((ids) => degreesByIds(db, ids)),
    relationLoader: new DataLoader((ids) => relationsByIds(db, ids)),
    // Evidence nested in a page of relations: one query per page shape, whatever the number of relations.
    evidencePageLoader: new DataLoader(
      (keys) => batchByShape(keys, (k) => JSON.stringify([k.scope, k.order, k.limit]), (group) => evidencePages(db, group, group[0]!.scope, group[0]!.order, group[0]!.limit)),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    evidenceCountLoader: new DataLoader(
      (keys) => batchByShape(keys, (k) => JSON.stringify(k.scope), (group) => countEvidence(db, group.map((k) => k.relationIds), group[0]!.scope)),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    evidenceLoader: new DataLoader((ids) => evidenceByIds(db, ids)),
    eventLoader: new DataLoader((ids) => eventsByIds(db, ids)),
    pairHistoryLoader: new DataLoader(
      (keys) =>
        batchByShape(keys, (k) => String(k.asOf), async (group) => {
          const transitions = await pairTransitions(db, [...new Set(group.map((k) => k.pair))], group[0]!.asOf);
          return group.map((k) => pairHistory(transitions.get(k.pair) ?? []));
        }),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    lifecycleLoader: new DataLoader(
      (keys) => batchByShape(keys, (k) => JSON.stringify([k.statuses, k.kinds, k.first]), (group) => instrumentLifecycles(db, group.map((k) => k.instrumentId), group[0]!)),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    eventSpanLoader: new DataLoader(
      (keys) => batchByShape(keys, (k) => k.asOf, (group) => eventSpansAsOf(db, group.map((k) => k.relationId), group[0]!.asOf)),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    extractor,
    isAuthorized: isAuthorizedBy(apiToken, authorization, writerTokens),
    writer: tokenHolder(apiToken, authorization, writerTokens)?.writer ?? null,
    hasToken: Boolean(apiToken) || Object.keys(writerTokens).length > 0,
    client: clientIdentity(apiToken, authorization, remoteAddress, writerTokens),
    scope,
    requestKey,
  };
}

function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
