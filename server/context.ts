/** Per-request context: the executor, batched loaders, and who is calling. */
import DataLoader from 'dataloader';
import { degreesByIds, entitiesByIds, type EntityRecord } from './db/entities.ts';
import { countEvidence, evidencePages, type EvidenceOrder, type EvidenceRecord, type EvidenceScope } from './db/evidence.ts';
import { limitConcurrency, type Executor } from './db/executor.ts';
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
  /** True when the request carries the configured API token (or a writer's token). */
  isAuthorized: boolean;
  /** False when the server has no token at all (the local, single-user default): anyone may write. */
  hasToken: boolean;
  /** The writer the request's token names (ENTENTE_API_TOKENS), for notes; null otherwise. */
  writer: string | null;
}

/** Tokens and who they name (ENTENTE_API_TOKENS): token → writer's name. */
export type Writers = ReadonlyMap<string, string>;

/** ENTENTE_API_TOKENS: comma-separated name:token pairs (a name without ":" or ","); blank entries are skipped. */
export function parseWriters(value: string | undefined): Map<string, string> {
  const writers = new Map<string, string>();
  for (const pair of (value ?? '').split(',')) {
    const at = pair.indexOf(':');
    const name = pair.slice(0, at).trim();
    const token = pair.slice(at + 1).trim();
    if (at > 0 && name && token) writers.set(token, name);
  }
  return writers;
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

export function createContext(shared: Executor, extractor: Extractor, apiToken: string | undefined, authorization: string | undefined, writers: Writers = new Map()): Context {
  // Every database call of this request, loaders included, goes through the request's own limiter.
  const db = limitConcurrency(shared);
  const presented = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  const writer = presented ? ([...writers].find(([token]) => safeEqual(presented, token))?.[1] ?? null) : null;
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
    isAuthorized: Boolean(presented && ((apiToken && safeEqual(presented, apiToken)) || writer)),
    hasToken: Boolean(apiToken) || writers.size > 0,
    writer,
  };
}

function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
