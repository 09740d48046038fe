/** Per-request context: the executor, batched loaders, and who is calling. */
import DataLoader from 'dataloader';
import { degreesByIds, entitiesByIds, type EntityRecord } from './db/entities.ts';
import { countEvidence, evidencePages, type EvidenceOrder, type EvidenceRecord, type EvidenceScope } from './db/evidence.ts';
import { scopeToRequest, type Executor, type RequestScope } from './db/executor.ts';
import type { KeyValue, Page } from './db/keyset.ts';
import { relationsByIds, type RelationRecord } from './db/relations.ts';
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

export interface Context {
  db: Executor;
  entityLoader: DataLoader<string, EntityRecord | undefined>;
  degreeLoader: DataLoader<string, number>;
  relationLoader: DataLoader<string, RelationRecord | undefined>;
  evidencePageLoader: DataLoader<EvidencePageKey, Page<EvidenceRecord>, string>;
  evidenceCountLoader: DataLoader<EvidenceCountKey, number, string>;
  /** Extraction in worker threads (ingestArticle). */
  extractor: Extractor;
  /** True when the request carries the configured API token. */
  isAuthorized: boolean;
  /** False when the server has no ENTENTE_API_TOKEN: mutations are refused. */
  hasToken: boolean;
  /** Who is calling, for budgets: the API token's identity when it is presented, else the remote address. */
  client: string;
  /** The request's deadline, estimated cost and result cap, shared by all its database calls. */
  scope: RequestScope;
}

export interface ContextOptions {
  /** The shared executor: the context wraps it in the request's scope. */
  db: Executor;
  extractor: Extractor;
  apiToken: string | undefined;
  /** The request's Authorization header. */
  authorization: string | undefined;
  remoteAddress: string | undefined;
  scope: RequestScope;
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

/** True when `authorization` presents the configured API token. */
export function isAuthorizedBy(apiToken: string | undefined, authorization: string | undefined): boolean {
  const presented = bearerOf(authorization);
  return Boolean(apiToken && presented && safeEqual(presented, apiToken));
}

/** The budget key of a caller: the API token when it presents the right one (one identity however many addresses), else its address. */
export function clientIdentity(apiToken: string | undefined, authorization: string | undefined, remoteAddress: string | undefined): string {
  return isAuthorizedBy(apiToken, authorization) ? 'token' : `address:${remoteAddress ?? 'unknown'}`;
}

export function createContext({ db: shared, extractor, apiToken, authorization, remoteAddress, scope }: ContextOptions): Context {
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
    extractor,
    isAuthorized: isAuthorizedBy(apiToken, authorization),
    hasToken: Boolean(apiToken),
    client: clientIdentity(apiToken, authorization, remoteAddress),
    scope,
  };
}

function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
