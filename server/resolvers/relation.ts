/** Relation and Evidence fields: enum mapping, ends through the loader, evidence pages in a window or an article. */
import { requireEntity, requireRelation, type Context } from '../context.ts';
import { hasDateArgs, timeScopeOf, type TimeArgs, type TimeScope } from '../db/dates.ts';
import { evidenceKeys, type EvidenceOrder, type EvidenceScope } from '../db/evidence.ts';
import { decodeCursor, pageSize } from '../db/keyset.ts';
import { toGqlClass } from '../db/mapping.ts';
import type { RelationRecord } from '../db/relations.ts';
import type { EvidenceResolvers, GraphEdgeResolvers, RelationResolvers } from '../generated/graphql.ts';
import { connection } from './connection.ts';

/** A page of the evidence of some relations, batched with the other pages of the same shape. */
export async function evidenceConnection(ctx: Context, relationIds: string[], scope: EvidenceScope, args: { orderBy?: EvidenceOrder | null; first?: number | null; after?: string | null }) {
  const order = args.orderBy ?? null;
  const after = decodeCursor(args.after, evidenceKeys(order).name, 3);
  const limit = pageSize(args.first, 20);
  const page = relationIds.length === 0 ? { items: [], hasNextPage: false } : await ctx.evidencePageLoader.load({ relationIds, after, scope, order, limit });
  return connection(page, () => (relationIds.length === 0 ? Promise.resolve(0) : ctx.evidenceCountLoader.load({ relationIds, scope })));
}

/**
 * The time scope of Relation.evidence: its own since/until (or from/to) and `by` when given (null
 * opens an end), else the one the relation was found with (its window, the day it is known as of).
 */
function evidenceTime(r: RelationRecord, args: TimeArgs): TimeScope | null {
  if (hasDateArgs(args)) return timeScopeOf(args);
  const w = r.window;
  return w ? { window: w.from || w.to ? { from: w.from, to: w.to } : null, by: w.by, asOf: w.asOf } : null;
}

export const Relation: RelationResolvers = {
  class: (r) => toGqlClass(r.class),
  source: (r, _, ctx) => requireEntity(ctx, r.sourceId),
  target: (r, _, ctx) => requireEntity(ctx, r.targetId),
  window: (r) => r.window ?? null,
  evidence: (r, args, ctx) => evidenceConnection(ctx, [r.id], { time: evidenceTime(r, args), articleId: r.articleId ?? null }, args),
};

export const Evidence: EvidenceResolvers = {
  relation: (v, _, ctx) => requireRelation(ctx, v.relationId),
  // The attributing entity may have been merged away or removed since: then only the name remains.
  attributedToEntity: async (v, _, ctx) => (v.attributedToId ? ((await ctx.entityLoader.load(v.attributedToId)) ?? null) : null),
};

export const GraphEdge: GraphEdgeResolvers = {
  class: (r) => toGqlClass(r.class),
  source: (r) => r.sourceId,
  target: (r) => r.targetId,
};
