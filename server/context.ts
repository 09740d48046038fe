/** Per-request context: the executor, batched loaders, and who is calling. */
import DataLoader from 'dataloader';
import { degreesByIds, entitiesByIds, type EntityRecord } from './db/entities.ts';
import { evidenceOfMany, type EvidenceRecord } from './db/relations.ts';
import type { Executor } from './db/executor.ts';
import { notFound } from './errors.ts';

export interface Context {
  db: Executor;
  entityLoader: DataLoader<string, EntityRecord | undefined>;
  degreeLoader: DataLoader<string, number>;
  /** Evidence pages keyed by "offset:limit:relationId": one query per page shape per request. */
  evidenceLoader: DataLoader<string, { total: number; nodes: EvidenceRecord[] }>;
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
    evidenceLoader: new DataLoader(async (keys) => {
      const byPage = new Map<string, string[]>();
      for (const key of keys) {
        const [offset = '0', limit = '20', ...rest] = key.split(':');
        const pageKey = `${offset}:${limit}`;
        byPage.set(pageKey, [...(byPage.get(pageKey) ?? []), rest.join(':')]);
      }
      const results = new Map<string, { total: number; nodes: EvidenceRecord[] }>();
      for (const [pageKey, ids] of byPage) {
        const [offset, limit] = pageKey.split(':').map(Number);
        const pages = await evidenceOfMany(db, ids, offset ?? 0, limit ?? 20);
        for (const id of ids) results.set(`${pageKey}:${id}`, pages.get(id) ?? { total: 0, nodes: [] });
      }
      return keys.map((key) => results.get(key) ?? { total: 0, nodes: [] });
    }),
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
