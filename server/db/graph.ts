/** Graph-shaped queries: neighborhoods (capped, with what the cap left out), shortest paths, pair timelines. */
import { badInput } from '../errors.ts';
import type { Executor } from './executor.ts';
import { ALL_RELATIONS, allowedTypes, degreeOf, refuseFilterParts, relationConditions, typePattern, type RelationFilter } from './mapping.ts';
import { RELATION_ROW, toRelationRecord, type RelationRecord } from './relations.ts';

export interface NodeRecord {
  id: string;
  name: string;
  type: string;
  degree: number;
}

export interface Subgraph {
  nodes: NodeRecord[];
  edges: RelationRecord[];
  truncated: boolean;
  omitted: { key: string; count: number }[];
}

/** An entity as a graph node, as a list (as RELATION_ROW: no key strings to decode); toNodeRecord reads it. */
const NODE_ROW = (v: string) => `[${v}.id, ${v}.name, ${v}.type, ${degreeOf(v)}]`;
const toNodeRecord = ([id, name, type, degree]: readonly unknown[]): NodeRecord => ({ id: id as string, name: name as string, type: type as string, degree: degree as number });

/**
 * The relations around `ids`, level by level up to `depth`, strongest first (most articles),
 * capped at `limit` edges; the rest is counted per relation type.
 */
export async function neighborhood(db: Executor, ids: string[], depth: number, filter: RelationFilter | null | undefined, limit: number): Promise<Subgraph> {
  if (ids.length === 0) throw badInput('"ids" needs at least one entity id');
  if (ids.length > 50) throw badInput('"ids" takes at most 50 entity ids');
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw badInput('"depth" must be 1, 2 or 3');
  if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw badInput('"limit" must be between 1 and 2000');
  refuseFilterParts(filter, ['pair', 'entityIds'], 'neighborhood (use "ids")');
  const types = allowedTypes(filter);
  const edges = new Map<string, RelationRecord>();
  const omitted = new Map<string, number>();
  let frontier = ids;
  const seen = new Set(ids);
  for (let level = 1; level <= depth && frontier.length > 0 && types.length > 0; level++) {
    const params: Record<string, unknown> = { frontier, limit: limit - edges.size, known: [...edges.keys()] };
    const conditions = ['NOT r.id IN $known', ...relationConditions(filter, params)];
    const typeCondition = filter?.entityTypes?.length ? 'AND n.type IN $entityTypes' : '';
    if (filter?.entityTypes?.length) params.entityTypes = filter.entityTypes;
    const rows = await db.read<{ kept: unknown[][]; rest: { key: string; count: number }[] }>(
      `MATCH (c:Entity) WHERE c.id IN $frontier
       MATCH (c)-[r${typePattern(types)}]-(n:Entity) WHERE ${conditions.join(' AND ')} ${typeCondition}
       WITH DISTINCT r
       WITH r ORDER BY r.articleCount DESC, r.score DESC, r.id
       WITH collect(r) AS rels
       // Result maps only for the kept relations; the rest is only counted per type.
       WITH rels[0..$limit] AS kept, rels[$limit..] AS rest
       RETURN [r IN kept | ${RELATION_ROW}] AS kept,
              COLLECT { UNWIND rest AS x WITH type(x) AS key, count(*) AS count RETURN {key: key, count: count} } AS rest`,
      params,
    );
    const row = rows[0];
    if (!row) break;
    const kept = row.kept.map(toRelationRecord);
    for (const e of kept) edges.set(e.id, e);
    for (const o of row.rest) omitted.set(o.key, (omitted.get(o.key) ?? 0) + o.count);
    const next: string[] = [];
    for (const e of kept) {
      for (const id of [e.sourceId, e.targetId]) {
        if (seen.has(id)) continue;
        seen.add(id);
        next.push(id);
      }
    }
    frontier = edges.size >= limit ? [] : next;
  }
  const nodeIds = new Set(ids);
  for (const e of edges.values()) {
    nodeIds.add(e.sourceId);
    nodeIds.add(e.targetId);
  }
  const nodes = await db.read<{ node: unknown[] }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN ${NODE_ROW('e')} AS node`, { ids: [...nodeIds] });
  return {
    nodes: nodes.map((n) => toNodeRecord(n.node)),
    edges: [...edges.values()],
    truncated: omitted.size > 0,
    omitted: [...omitted].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
  };
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: RelationRecord[];
}

export async function shortestPaths(db: Executor, from: string, to: string, maxHops: number, filter: RelationFilter | null | undefined, limit: number): Promise<PathRecord[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw badInput('"maxHops" must be between 1 and 6');
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw badInput('"limit" must be between 1 and 50');
  if (from === to) throw badInput('"from" and "to" must be different entities');
  refuseFilterParts(filter, ['pair', 'entityIds'], 'paths');
  const types = allowedTypes(filter);
  if (types.length === 0) return [];
  const params: Record<string, unknown> = { from, to, limit };
  const conditions = relationConditions(filter, params, 'x');
  // maxHops is a validated integer: variable-length bounds cannot be parameters.
  const rows = await db.read<{ nodes: unknown[][]; edges: unknown[][] }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[rels${typePattern(types)}*..${maxHops}]-(b))
     ${conditions.length ? `WHERE all(x IN rels WHERE ${conditions.join(' AND ')})` : ''}
     WITH p LIMIT $limit
     RETURN [n IN nodes(p) | ${NODE_ROW('n')}] AS nodes,
            [r IN relationships(p) | ${RELATION_ROW}] AS edges`,
    params,
  );
  return rows.map((row) => ({ nodes: row.nodes.map(toNodeRecord), edges: row.edges.map(toRelationRecord) }));
}

/** Evidence counts per relation class and period for the relations between two entities. */
export async function pairTimeline(db: Executor, a: string, b: string, bucket: 'MONTH' | 'YEAR'): Promise<{ period: string; counts: { key: string; count: number }[] }[]> {
  const width = bucket === 'YEAR' ? 4 : 7;
  return db.read(
    `MATCH (x:Entity {id: $a})-[r${ALL_RELATIONS}]-(y:Entity {id: $b})
     MATCH (v:Evidence {relationId: r.id})-[:FROM]->(art:Article) WHERE art.published IS NOT NULL
     WITH substring(art.published, 0, $width) AS period, r.class AS class, count(DISTINCT art) AS n
     WITH period, collect({key: class, count: n}) AS counts ORDER BY period
     RETURN period, counts`,
    { a, b, width },
  );
}
