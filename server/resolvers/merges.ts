/** Merge decisions: the `merges` query, the `undoMerge` mutation and the Merge type (schema.graphql, "Merge decisions"). */
import { undoMerge } from '../../seed/load/merges.ts';
import { isEntityType } from '../../seed/vocabulary.ts';
import { listMerges } from '../db/merges.ts';
import { pageSize } from '../db/keyset.ts';
import { notFound } from '../errors.ts';
import type { MergeResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql.ts';
import { graphWrite, requireToken } from './mutation.ts';

export const mergeQuery: Pick<QueryResolvers, 'merges'> = {
  merges: (_, args, { db }) => listMerges(db, args.entityId, pageSize(args.first, 50)),
};

export const mergeMutation: Pick<MutationResolvers, 'undoMerge'> = {
  undoMerge: async (_, { removedId }, ctx) => {
    requireToken(ctx);
    const result = await graphWrite(() => undoMerge({ driver: ctx.db.driver, database: ctx.db.database }, removedId));
    if (!result) throw notFound(`A merge of entity ${removedId}`);
    ctx.entityLoader.clear(result.restoredId).clear(result.keptId);
    ctx.degreeLoader.clear(result.keptId);
    return { restored: (await ctx.entityLoader.load(result.restoredId)) ?? null, keptId: result.keptId, reloadedArticles: result.reloadedArticles };
  },
};

export const Merge: MergeResolvers = {
  removedType: (m) => {
    if (!isEntityType(m.removedType)) throw new Error(`Merge of ${m.removedId} records an unknown type ${m.removedType}`);
    return m.removedType;
  },
  kept: (m, _, { entityLoader }) => entityLoader.load(m.keptId).then((e) => e ?? null),
};
