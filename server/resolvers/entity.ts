/** Entity fields: degree and counts (batched), its relations seen from it, its articles. */
import { requireEntity } from '../context.ts';
import { articlePage, countArticles } from '../db/articles.ts';
import { relationCounts } from '../db/entities.ts';
import { pageSize } from '../db/keyset.ts';
import type { EntityRelationEdgeResolvers, EntityResolvers } from '../generated/graphql.ts';
import { connection } from './connection.ts';
import { seenRelationConnection } from './query.ts';

export const Entity: EntityResolvers = {
  wikidataId: (e) => e.wikidata,
  degree: (e, _, { degreeLoader }) => e.degree ?? degreeLoader.load(e.id),
  relationCounts: (e, _, { db }) => relationCounts(db, e.id),
  relations: (e, args, ctx) => seenRelationConnection(ctx, { filter: args.filter, anchor: { id: e.id, direction: args.direction ?? 'BOTH' }, orderBy: args.orderBy }, args.first, args.after, 20),
  articles: async (e, args, { db }) => {
    const filter = { entityId: e.id };
    const page = await articlePage(db, filter, args.orderBy, args.after, pageSize(args.first, 20));
    return connection(page, () => countArticles(db, filter));
  },
};

export const EntityRelationEdge: EntityRelationEdgeResolvers = {
  node: (edge) => edge.node.relation,
  other: (edge, _, ctx) => requireEntity(ctx, edge.node.otherId),
  orientation: (edge) => edge.node.orientation,
};
