/** Per-request context: the executor, batched loaders, and who is calling. */
import DataLoader from 'dataloader';
import { degreesByIds, entitiesByIds, type EntityRecord } from './db/entities.ts';
import type { Executor } from './db/executor.ts';
import { notFound } from './errors.ts';

export interface Context {
  db: Executor;
  entityLoader: DataLoader<string, EntityRecord | undefined>;
  degreeLoader: DataLoader<string, number>;
  /** True when the request carries the configured API token. */
  isAuthorized: boolean;
  /** False when the server has no ENTENTE_API_TOKEN: mutations are refused. */
  hasToken: boolean;
}

/** An entity a non-null field needs (a relation's end, a mention's target): NOT_FOUND when missing. */
export async function requireEntity(ctx: Context, id: string): Promise<EntityRecord> {
  const entity = await ctx.entityLoader.load(id);
  if (!entity) throw notFound(`Entity ${id}`);
  return entity;
}

export function createContext(db: Executor, apiToken: string | undefined, authorization: string | undefined): Context {
  const presented = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  return {
    db,
    // One query for every entity a request needs (relation ends, mentions): no N+1.
    entityLoader: new DataLoader((ids) => entitiesByIds(db, ids)),
    degreeLoader: new DataLoader((ids) => degreesByIds(db, ids)),
    isAuthorized: Boolean(apiToken && presented && safeEqual(presented, apiToken)),
    hasToken: Boolean(apiToken),
  };
}

function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
