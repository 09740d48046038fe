/** The researchers' queries: evidence across the graph, the global timeline, top entities (schema.graphql, "Research"). */
import { requireEntity } from '../context.ts';
import { timeScopeOf } from '../db/dates.ts';
import { countEvidenceSearch, evidenceKeys, evidenceSearchPage, type EvidenceSearch } from '../db/evidence.ts';
import { decodeCursor, pageSize } from '../db/keyset.ts';
import { allowedTypes, type RelationFilter } from '../db/mapping.ts';
import { relationTimeline, topEntities } from '../db/research.ts';
import { badInput } from '../errors.ts';
import type { EntityRankResolvers, EvidenceFilter, QueryResolvers } from '../generated/graphql.ts';
import { connection } from './connection.ts';

/** The root evidence filter, checked, as the db/ search it becomes. */
function evidenceSearch(filter: EvidenceFilter | null | undefined): EvidenceSearch {
  const confidence = filter?.minConfidence;
  if (confidence != null && !(confidence >= 0 && confidence <= 1)) throw badInput('"filter.minConfidence" is between 0 and 1');
  const narrowsTypes = Boolean(filter?.types?.length || filter?.classes?.length);
  return {
    statuses: filter?.statuses ?? null,
    minConfidence: confidence ?? null,
    sources: filter?.sources ?? null,
    time: timeScopeOf(filter, 'filter.'),
    types: narrowsTypes ? allowedTypes({ types: filter?.types ?? null, classes: filter?.classes ?? null }) : null,
    entityIds: filter?.entityIds ?? null,
  };
}

export const researchQuery: Pick<QueryResolvers, 'evidence' | 'relationTimeline' | 'topEntities'> = {
  evidence: async (_, args, { db }) => {
    const search = evidenceSearch(args.filter);
    const after = decodeCursor(args.after, evidenceKeys(args.orderBy).name, 3);
    const page = await evidenceSearchPage(db, search, args.orderBy, after, pageSize(args.first, 20));
    return connection(page, () => countEvidenceSearch(db, search));
  },
  relationTimeline: (_, args, { db }) => relationTimeline(db, args.filter as RelationFilter | null | undefined, args.bucket ?? 'MONTH', args.groupBy ?? 'CLASS'),
  topEntities: (_, args, { db }) => topEntities(db, args.filter as RelationFilter | null | undefined, args.types, args.by ?? 'DEGREE', pageSize(args.first, 20)),
};

export const EntityRank: EntityRankResolvers = {
  entity: (rank, _, ctx) => requireEntity(ctx, rank.entityId),
};
