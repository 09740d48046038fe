/** Field resolvers of the object types: enum mapping and nested lists, batched through loaders. */
import { requireEntity, type Context } from '../context.ts';
import { listArticles } from '../db/articles.ts';
import { relationCounts, type EntityRecord } from '../db/entities.ts';
import type { NodeRecord } from '../db/graph.ts';
import { decodeCursor, pageSize, toGqlClass, type RelationFilter } from '../db/mapping.ts';
import { listRelations, type RelationRecord } from '../db/relations.ts';
import { page } from './query.ts';
import type { EntityResolvers, GraphEdgeResolvers, MergeCandidateResolvers, GraphNodeResolvers, MentionResolvers, RelationResolvers, StatsResolvers, TimelineBucketResolvers } from '../generated/graphql.ts';

export const Entity: EntityResolvers = {
  wikidataId: (e: EntityRecord) => e.wikidata,
  degree: (e, _, { degreeLoader }) => e.degree ?? degreeLoader.load(e.id),
  relationCounts: (e, _, { db }) => relationCounts(db, e.id),
  relations: async (e: EntityRecord, args: { filter?: RelationFilter | null; first?: number | null; after?: string | null }, { db }: Context) => {
    const offset = decodeCursor(args.after);
    return page(await listRelations(db, { ...args.filter, entityIds: [e.id] }, offset, pageSize(args.first, 20)), offset);
  },
  articles: async (e: EntityRecord, args: { first?: number | null; after?: string | null }, { db }: Context) => {
    const offset = decodeCursor(args.after);
    return page(await listArticles(db, { entityId: e.id }, offset, pageSize(args.first, 20)), offset);
  },
};

export const Relation: RelationResolvers = {
  class: (r: RelationRecord) => toGqlClass(r.class),
  source: (r, _, ctx) => requireEntity(ctx, r.sourceId),
  target: (r, _, ctx) => requireEntity(ctx, r.targetId),
  evidence: async (r, args, { evidenceLoader }) => {
    const offset = decodeCursor(args.after);
    return page(await evidenceLoader.load(`${offset}:${pageSize(args.first, 20)}:${r.id}`), offset);
  },
};

export const GraphNode: GraphNodeResolvers = { label: (n: NodeRecord) => n.name };
export const GraphEdge: GraphEdgeResolvers = {
  class: (r: RelationRecord) => toGqlClass(r.class),
  source: (r: RelationRecord) => r.sourceId,
  target: (r: RelationRecord) => r.targetId,
};
export const Mention: MentionResolvers = {
  entity: (m, _, ctx) => requireEntity(ctx, m.entityId),
};
export const TimelineBucket: TimelineBucketResolvers = {
  counts: (b: { counts: { key: string; count: number }[] }) => b.counts.map((c) => ({ key: toGqlClass(c.key), count: c.count })),
};
export const MergeCandidate: MergeCandidateResolvers = {
  a: (c, _, ctx) => requireEntity(ctx, c.aId),
  b: (c, _, ctx) => requireEntity(ctx, c.bId),
};
export const Stats: StatsResolvers = {
  relationsByClass: (s: { relationsByClass: { key: string; count: number }[] }) => s.relationsByClass.map((c) => ({ key: toGqlClass(c.key), count: c.count })),
};
