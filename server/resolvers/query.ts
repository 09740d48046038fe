/** Query root resolvers: argument checks, then one db/ call each. */
import { isEntityType } from '../../seed/vocabulary.ts';
import { mergeCandidates, searchEntities } from '../db/entities.ts';
import { articleById, listArticles } from '../db/articles.ts';
import { neighborhood, pairTimeline, shortestPaths } from '../db/graph.ts';
import { decodeCursor, encodeCursor, pageSize } from '../db/mapping.ts';
import { listRelations, relationById } from '../db/relations.ts';
import { graphStats } from '../db/stats.ts';
import { badInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

export function page<T>(result: { total: number; nodes: T[] }, offset: number) {
  const next = offset + result.nodes.length;
  return { totalCount: result.total, nodes: result.nodes, pageInfo: { hasNextPage: next < result.total, endCursor: result.nodes.length ? encodeCursor(next) : null } };
}

export const Query: QueryResolvers = {
  search: async (_, args, { db }) => {
    if (args.text.trim().length === 0) return [];
    if (args.text.length > 200) throw badInput('"text" is at most 200 characters');
    for (const t of args.types ?? []) if (!isEntityType(t)) throw badInput(`Unknown entity type ${t}`);
    return searchEntities(db, args.text, args.types, pageSize(args.first, 10));
  },
  entity: (_, { id }, { entityLoader }) => entityLoader.load(id).then((e) => e ?? null),
  neighborhood: (_, args, { db }) =>
    neighborhood(db, args.ids, args.depth ?? 1, args.filter, args.limit ?? 200),
  paths: (_, args, { db }) =>
    shortestPaths(db, args.from, args.to, args.maxHops ?? 4, args.filter, args.limit ?? 5).then((paths) => paths.map((p) => ({ ...p, length: p.edges.length }))),
  relations: async (_, args, { db }) => {
    const offset = decodeCursor(args.after);
    return page(await listRelations(db, args.filter, offset, pageSize(args.first, 50)), offset);
  },
  relation: (_, { id }, { db }) => relationById(db, id).then((r) => r ?? null),
  article: (_, { id }, { db }) => articleById(db, id).then((a) => a ?? null),
  articles: async (_, args, { db }) => {
    const offset = decodeCursor(args.after);
    return page(await listArticles(db, args.filter, offset, pageSize(args.first, 20)), offset);
  },
  timeline: (_, args, { db }) => pairTimeline(db, args.a, args.b, args.bucket ?? 'MONTH'),
  stats: (_, __, { db }) => graphStats(db),
  mergeCandidates: (_, args, { db }) => mergeCandidates(db, pageSize(args.first, 50)),
};
