/** Query root resolvers: argument checks, then one db/ call each. */
import { isEntityType } from '../../seed/vocabulary.ts';
import type { Context } from '../context.ts';
import { searchEntities } from '../db/entities.ts';
import { articleById, listArticles, type ArticleFilter } from '../db/articles.ts';
import { neighborhood, pairTimeline, shortestPaths } from '../db/graph.ts';
import { decodeCursor, encodeCursor, pageSize, type RelationFilter } from '../db/mapping.ts';
import { listRelations, relationById } from '../db/relations.ts';
import { graphStats } from '../db/stats.ts';
import { badInput } from '../errors.ts';

export function page<T>(result: { total: number; nodes: T[] }, offset: number) {
  const next = offset + result.nodes.length;
  return { totalCount: result.total, nodes: result.nodes, pageInfo: { hasNextPage: next < result.total, endCursor: result.nodes.length ? encodeCursor(next) : null } };
}

export const Query = {
  search: async (_: unknown, args: { text: string; types?: string[] | null; first?: number | null }, { db }: Context) => {
    if (args.text.trim().length === 0) return [];
    if (args.text.length > 200) throw badInput('"text" is at most 200 characters');
    for (const t of args.types ?? []) if (!isEntityType(t)) throw badInput(`Unknown entity type ${t}`);
    return searchEntities(db, args.text, args.types, pageSize(args.first, 10));
  },
  entity: (_: unknown, { id }: { id: string }, { entityLoader }: Context) => entityLoader.load(id).then((e) => e ?? null),
  neighborhood: (_: unknown, args: { ids: string[]; depth?: number | null; filter?: RelationFilter | null; limit?: number | null }, { db }: Context) =>
    neighborhood(db, args.ids, args.depth ?? 1, args.filter, args.limit ?? 200),
  paths: (_: unknown, args: { from: string; to: string; maxHops?: number | null; filter?: RelationFilter | null; limit?: number | null }, { db }: Context) =>
    shortestPaths(db, args.from, args.to, args.maxHops ?? 4, args.filter, args.limit ?? 5).then((paths) => paths.map((p) => ({ ...p, length: p.edges.length }))),
  relations: async (_: unknown, args: { filter?: RelationFilter | null; first?: number | null; after?: string | null }, { db }: Context) => {
    const offset = decodeCursor(args.after);
    return page(await listRelations(db, args.filter, offset, pageSize(args.first, 50)), offset);
  },
  relation: (_: unknown, { id }: { id: string }, { db }: Context) => relationById(db, id).then((r) => r ?? null),
  article: (_: unknown, { id }: { id: string }, { db }: Context) => articleById(db, id).then((a) => a ?? null),
  articles: async (_: unknown, args: { filter?: ArticleFilter | null; first?: number | null; after?: string | null }, { db }: Context) => {
    const offset = decodeCursor(args.after);
    return page(await listArticles(db, args.filter, offset, pageSize(args.first, 20)), offset);
  },
  timeline: (_: unknown, args: { a: string; b: string; bucket?: 'MONTH' | 'YEAR' | null }, { db }: Context) => pairTimeline(db, args.a, args.b, args.bucket ?? 'MONTH'),
  stats: (_: unknown, __: unknown, { db }: Context) => graphStats(db),
};
