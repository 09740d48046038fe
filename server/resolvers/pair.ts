/** Pair fields: the two entities, and pages of the pair's relations and of their evidence in the window. */
import { requireEntity } from '../context.ts';
import { timeScopeOf } from '../db/dates.ts';
import type { PairResolvers } from '../generated/graphql.ts';
import { relationConnection } from './query.ts';
import { evidenceConnection } from './relation.ts';

export const Pair: PairResolvers = {
  a: (p, _, ctx) => requireEntity(ctx, p.aId),
  b: (p, _, ctx) => requireEntity(ctx, p.bId),
  relations: (p, args, ctx) =>
    relationConnection(ctx, { filter: { pair: { a: p.aId, b: p.bId, direction: p.direction }, since: p.from, until: p.to, by: p.by, asOf: p.asOf }, orderBy: args.orderBy }, args.first, args.after, 20),
  evidence: (p, args, ctx) => evidenceConnection(ctx, p.relationIds, { time: timeScopeOf({ since: p.from, until: p.to, by: p.by, asOf: p.asOf }), articleId: null }, args),
};
