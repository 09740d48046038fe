/** Query root resolvers: argument checks, then one db/ call each (totals only when asked). */
import { isEntityType } from '../../seed/vocabulary.ts';
import { articleById, articlePage, countArticles } from '../db/articles.ts';
import { timeScopeOf } from '../db/dates.ts';
import { countEntities, entityPage, mergeCandidates, searchEntities } from '../db/entities.ts';
import { evidenceById } from '../db/evidence.ts';
import { isEventId } from '../db/instruments.ts';
import { neighborhood, pairTimeline, shortestPaths } from '../db/graph.ts';
import { pageSize } from '../db/keyset.ts';
import { MAX_SEARCH_TEXT } from '../db/mapping.ts';
import { pairRelations, summarizePair } from '../db/pairs.ts';
import { countRelations, relationPage, type RelationQuery } from '../db/relations.ts';
import { graphStats } from '../db/stats.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../context.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import { connection, mapPage } from './connection.ts';

/** A page of relations seen from their anchor entity, with its lazy count (Entity.relations). */
export async function seenRelationConnection(ctx: Context, q: RelationQuery, first: number | null | undefined, after: string | null | undefined, fallback: number) {
  const page = await relationPage(ctx.db, q, after, pageSize(first, fallback));
  return connection(page, () => countRelations(ctx.db, q));
}

/** A page of relations with its lazy count, the shape every RelationConnection resolves from. */
export async function relationConnection(ctx: Context, q: RelationQuery, first: number | null | undefined, after: string | null | undefined, fallback: number) {
  const seen = await seenRelationConnection(ctx, q, first, after, fallback);
  return connection(mapPage(seen.page, (s) => s.relation), seen.count);
}

/** What node(id) finds: the kind of object is told by the shape of the id. */
async function nodeById(ctx: Context, id: string) {
  if (isEventId(id)) return ctx.eventLoader.load(id);
  const parts = id.split('|');
  if (parts.length >= 3 && /^[A-Z_]+:/.test(parts[parts.length - 2] ?? '')) return evidenceById(ctx.db, id);
  if (/^[A-Z_]+:/.test(id)) return ctx.relationLoader.load(id);
  if (/^(url|sha256):/.test(id)) return articleById(ctx.db, id);
  return ctx.entityLoader.load(id);
}

export const Query: QueryResolvers = {
  search: async (_, args, { db }) => {
    if (args.text.length > MAX_SEARCH_TEXT) throw badInput(`"text" is at most ${MAX_SEARCH_TEXT} characters`);
    for (const t of args.types ?? []) if (!isEntityType(t)) throw badInput(`Unknown entity type ${t}`);
    const first = pageSize(args.first, 10);
    if (args.text.trim().length === 0) return [];
    return searchEntities(db, args.text, args.types, first);
  },
  entity: (_, { id }, { entityLoader }) => entityLoader.load(id).then((e) => e ?? null),
  node: async (_, { id }, ctx) => (await nodeById(ctx, id)) ?? null,
  entities: async (_, args, { db }) => {
    if (args.filter?.minDegree != null && args.filter.minDegree < 0) throw badInput('"filter.minDegree" cannot be negative');
    const page = await entityPage(db, args.filter, args.orderBy, args.after, pageSize(args.first, 50));
    return connection(page, () => countEntities(db, args.filter));
  },
  neighborhood: (_, args, { db }) => neighborhood(db, args.ids, args.depth ?? 1, args.filter, args.limit ?? 200),
  paths: (_, args, { db }) =>
    shortestPaths(db, args.from, args.to, args.maxHops ?? 4, args.filter, args.limit ?? 5).then((paths) => paths.map((p) => ({ ...p, length: p.edges.length }))),
  relations: (_, args, ctx) => relationConnection(ctx, { filter: args.filter, orderBy: args.orderBy }, args.first, args.after, 50),
  relation: (_, { id }, { relationLoader }) => relationLoader.load(id).then((r) => r ?? null),
  pair: async (_, args, ctx) => {
    if (args.a === args.b) throw badInput('"a" and "b" must be different entities');
    const time = timeScopeOf(args);
    const direction = args.direction ?? 'BOTH';
    const [a, b] = await Promise.all([ctx.entityLoader.load(args.a), ctx.entityLoader.load(args.b)]);
    if (!a || !b) return null;
    const rows = await pairRelations(ctx.db, args.a, args.b, direction, time);
    return summarizePair(rows, { aId: args.a, bId: args.b, direction, time });
  },
  article: (_, { id }, { db }) => articleById(db, id).then((a) => a ?? null),
  articles: async (_, args, { db }) => {
    const page = await articlePage(db, args.filter, args.orderBy, args.after, pageSize(args.first, 20));
    return connection(page, () => countArticles(db, args.filter));
  },
  timeline: (_, args, { db }) => pairTimeline(db, args.a, args.b, args.bucket ?? 'MONTH'),
  stats: (_, __, { db }) => graphStats(db),
  mergeCandidates: (_, args, { db }) => mergeCandidates(db, pageSize(args.first, 50)),
};
