/** Relation queries: filtered pages, one relation, its evidence. */
import { isRelationType } from '../../seed/vocabulary.ts';
import type { Executor } from './executor.ts';
import { relationConditions, type RelationFilter } from './mapping.ts';

export interface RelationRecord {
  id: string;
  type: string;
  class: string;
  cameo: string | null;
  symmetric: boolean;
  sourceId: string;
  targetId: string;
  articleCount: number;
  outletCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  score: number;
  domain: string | null;
  commodity: string | null;
  instrument: string | null;
  role: string | null;
}

/** The relation projection every query returns (for a relationship bound to `r`). */
export const RELATION_FIELDS = `r { .id, type: type(r), .class, .cameo, symmetric: coalesce(r.symmetric, false), sourceId: startNode(r).id, targetId: endNode(r).id,
  articleCount: coalesce(r.articleCount, 0), outletCount: coalesce(r.outletCount, 0), .firstSeen, .lastSeen, score: coalesce(r.score, 0.0),
  commodity: ${joined('r.commodities', ', ')}, domain: ${joined('r.domains', '; ')}, instrument: ${joined('r.instruments', '; ')}, role: ${joined('r.roles', '; ')} }`;

/** Cypher: a stored list of qualifiers as one string, or null. */
function joined(list: string, separator: string): string {
  return `CASE WHEN size(coalesce(${list}, [])) = 0 THEN null ELSE reduce(x = head(${list}), c IN tail(${list}) | x + '${separator}' + c) END`;
}

export async function listRelations(db: Executor, filter: RelationFilter | null | undefined, offset: number, limit: number): Promise<{ total: number; nodes: RelationRecord[] }> {
  const params: Record<string, unknown> = { offset, limit };
  const conditions = relationConditions(filter, params);
  let match = 'MATCH (s:Entity)-[r]->(t:Entity)';
  if (filter?.entityIds?.length) {
    // Start from the named entities so the index does the work, then keep either end.
    match = 'MATCH (x:Entity) WHERE x.id IN $entityIds MATCH (x)-[r]-(:Entity) WITH DISTINCT r MATCH (s:Entity)-[r]->(t:Entity)';
    params.entityIds = filter.entityIds;
  }
  const rows = await db.read<{ total: number; nodes: RelationRecord[] }>(
    `${match} WHERE ${conditions.join(' AND ')}
     WITH r ORDER BY r.articleCount DESC, r.score DESC, r.id
     WITH collect(r) AS rows
     RETURN size(rows) AS total, [r IN rows[$offset..$offset + $limit] | ${RELATION_FIELDS}] AS nodes`,
    params,
  );
  return rows[0] ?? { total: 0, nodes: [] };
}

export async function relationById(db: Executor, id: string): Promise<RelationRecord | undefined> {
  const type = id.split(':')[0] ?? '';
  if (!isRelationType(type)) return undefined;
  // The type prefix of the id names the relationship type, so the per-type index is used.
  const rows = await db.read<{ relation: RelationRecord }>(`MATCH (s:Entity)-[r:${type} {id: $id}]->(t:Entity) RETURN ${RELATION_FIELDS} AS relation`, { id });
  return rows[0]?.relation;
}

export interface EvidenceRecord {
  id: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  date: string | null;
  article: { id: string; title: string; url: string | null; source: string | null; published: string | null };
  highlights: { entityId: string; start: number; end: number }[];
}

/** Evidence pages of many relations in one query (for DataLoader): newest articles first. */
export async function evidenceOfMany(db: Executor, relationIds: readonly string[], offset: number, limit: number): Promise<Map<string, { total: number; nodes: EvidenceRecord[] }>> {
  const rows = await db.read<{ rid: string; total: number; nodes: EvidenceRecord[] }>(
    `UNWIND $ids AS rid
     CALL (rid) {
       MATCH (v:Evidence {relationId: rid})-[:FROM]->(a:Article)
       WITH v, a ORDER BY a.published DESC, v.confidence DESC, v.id
       WITH collect([v, a]) AS rows
       WITH size(rows) AS total, rows[$offset..$offset + $limit] AS page
       CALL (page) {
         UNWIND page AS pair
         WITH pair[0] AS v, pair[1] AS a
         CALL (v, a) {
           OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [v.sourceId, v.targetId]
           WITH e, [i IN range(0, size(coalesce(m.offsets, [])) - 1, 2)
                WHERE m.offsets[i] >= v.start AND m.offsets[i + 1] <= v.end | {entityId: e.id, start: m.offsets[i], end: m.offsets[i + 1]}] AS hs
           RETURN reduce(acc = [], h IN collect(hs) | acc + h) AS highlights
         }
         RETURN collect(v { .id, .sentence, .start, .end, .confidence, .rule, date: a.published,
                article: a { .id, .title, .url, .source, .published }, highlights: highlights }) AS nodes
       }
       RETURN total, nodes
     }
     RETURN rid, total, nodes`,
    { ids: [...relationIds], offset, limit },
  );
  return new Map(rows.map((r) => [r.rid, { total: r.total, nodes: r.nodes }]));
}
