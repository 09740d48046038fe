/** Field resolvers of the smaller object types, the connections and the Node interface. */
import { requireEntity } from '../context.ts';
import type { NodeRecord } from '../db/graph.ts';
import type { SeenRelation } from '../db/relations.ts';
import { toGqlClass } from '../db/mapping.ts';
import type { ArticleConnectionResolvers, EntityConnectionResolvers, EntityRelationConnectionResolvers, EvidenceConnectionResolvers, GraphNodeResolvers, MentionConnectionResolvers, MergeCandidateResolvers, NodeResolvers, RelationConnectionResolvers, TimelineBucketResolvers } from '../generated/graphql.ts';
import { connectionFields } from './connection.ts';

const same = <T>(x: T) => x;

export const RelationConnection: RelationConnectionResolvers = connectionFields(same);
export const EvidenceConnection: EvidenceConnectionResolvers = connectionFields(same);
export const ArticleConnection: ArticleConnectionResolvers = connectionFields(same);
export const EntityConnection: EntityConnectionResolvers = connectionFields(same);
export const MentionConnection: MentionConnectionResolvers = connectionFields(same);
export const EntityRelationConnection: EntityRelationConnectionResolvers = connectionFields((seen: SeenRelation) => seen.relation);

/** The kind of a Node record, from the fields only that kind has. */
export const Node: NodeResolvers = {
  __resolveType: (record) => {
    if ('actorIds' in record) return 'LifecycleEvent';
    if ('sentence' in record) return 'Evidence';
    if ('text' in record) return 'Article';
    if ('sourceId' in record) return 'Relation';
    return 'Entity';
  },
};

export const GraphNode: GraphNodeResolvers = { label: (n: NodeRecord) => n.name };
export const TimelineBucket: TimelineBucketResolvers = {
  counts: (b: { counts: { key: string; count: number }[] }) => b.counts.map((c) => ({ key: toGqlClass(c.key), count: c.count })),
};
export const MergeCandidate: MergeCandidateResolvers = {
  a: (c, _, ctx) => requireEntity(ctx, c.aId),
  b: (c, _, ctx) => requireEntity(ctx, c.bId),
};
