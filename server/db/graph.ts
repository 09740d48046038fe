/** Graph-shaped queries: neighborhoods (capped, with what the cap left out), shortest paths, pair timelines. */
import { badInput } from '../errors.ts';
import type { Executor } from './executor.ts';
import { ALL_RELATIONS, allowedTypes, degreeOf, knownOn, refuseFilterParts, relationConditions, relationTime, typePattern, type RelationFilter } from './mapping.ts';
import { knownScore, RELATION_ROW, relationsByIds, relationWindows, toRelationRecord, type RelationRecord } from './relations.ts';
import type { TimeScope } from './dates.ts';

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

/** Cypher: of the candidates `rels` (strongest first), the `kept` ones: the first $limit (`keptKnown`: nulls). */
const STRONGEST = 'WITH rels, rels[0..$limit] AS kept, [r IN rels[0..$limit] | null] AS keptKnown';

/**
 * Cypher: of the candidates `rels` (strongest now first), the $limit strongest as known on the day
 * in $asOfKey (most articles by then, then the highest score by then, from each relation's stored
 * timeline). A relation never had more articles, nor a larger noisy-or miss sum, than it has now,
 * so the strongest then are among the strongest now: the timeline is summed for a pool of the first
 * $pool only. Outside the pool only the relations that could rank above the $limit-th of the pool
 * as known then (its `floor`) are summed too and ranked with the pool (none when the pool holds
 * every candidate): those with more articles now than it had then, or as many and a miss sum now
 * (the stored `logMiss`, negated and in millionths as the timeline's, with a millionth of slack
 * for the float) at least its sum then.
 */
const STRONGEST_KNOWN_ON = `CALL (rels) {
         UNWIND rels[0..$pool] AS r
         WITH r, ${knownOn('r')} AS known ORDER BY known[0] DESC, known[2] DESC, r.id
         RETURN collect([r, known]) AS ranked
       }
       // No floor when the pool holds every candidate, or none outside it has as many articles now.
       WITH rels, ranked, CASE WHEN size(rels) > $pool AND rels[$pool].articleCount >= ranked[$limit - 1][1][0] THEN ranked[$limit - 1][1] END AS floor
       CALL (rels, floor) {
         UNWIND CASE WHEN floor IS NULL THEN [] ELSE rels[$pool..] END AS r
         WITH r WHERE [r.articleCount, -r.logMiss * 1000000] >= [floor[0], floor[2] - 1]
         RETURN collect([r, ${knownOn('r')}]) AS contenders
       }
       CALL (ranked, contenders) {
         UNWIND CASE WHEN size(contenders) = 0 THEN [] ELSE ranked + contenders END AS x
         WITH x ORDER BY x[1][0] DESC, x[1][2] DESC, x[0].id
         RETURN collect(x) AS reranked
       }
       WITH rels, (CASE WHEN size(contenders) = 0 THEN ranked ELSE reranked END)[0..$limit] AS best
       WITH rels, [b IN best | b[0]] AS kept, [b IN best | b[1]] AS keptKnown`;

/** Most entities, and most relations, canvasById takes (a link holds far fewer; a larger canvas travels as a short link). */
export const MAX_CANVAS_IDS = 500;

/** Entities and relations by id (a canvas link): unknown ids, and relations with an end not asked for, are left out. */
export async function canvasById(db: Executor, entityIds: string[], relationIds: string[]): Promise<Subgraph> {
  if (entityIds.length > MAX_CANVAS_IDS) throw badInput(`"entityIds" takes at most ${MAX_CANVAS_IDS} ids`);
  if (relationIds.length > MAX_CANVAS_IDS) throw badInput(`"relationIds" takes at most ${MAX_CANVAS_IDS} ids`);
  const ids = [...new Set(entityIds)];
  const rows = ids.length ? await db.read<{ node: unknown[] }>(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${NODE_ROW('e')} AS node`, { ids }) : [];
  const nodes = rows.map((r) => toNodeRecord(r.node));
  const found = new Set(nodes.map((n) => n.id));
  const relations = relationIds.length ? await relationsByIds(db, [...new Set(relationIds)]) : [];
  const edges = relations.filter((r): r is RelationRecord => r !== undefined && found.has(r.sourceId) && found.has(r.targetId));
  return { nodes, edges, truncated: false, omitted: [] };
}

/**
 * The relations around `ids`, level by level up to `depth`, strongest first (most articles; as
 * known on the day asked with asOf), capped at `limit` edges; the rest is counted per relation type.
 */
export async function neighborhood(db: Executor, ids: string[], depth: number, filter: RelationFilter | null | undefined, limit: number): Promise<Subgraph> {
  if (ids.length === 0) throw badInput('"ids" needs at least one entity id');
  if (ids.length > 50) throw badInput('"ids" takes at most 50 entity ids');
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw badInput('"depth" must be 1, 2 or 3');
  if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw badInput('"limit" must be between 1 and 2000');
  refuseFilterParts(filter, ['pair', 'entityIds'], 'neighborhood (use "ids")');
  const types = allowedTypes(filter);
  const time = relationTime(filter);
  const keep = time && !time.window ? STRONGEST_KNOWN_ON : STRONGEST;
  const edges = new Map<string, RelationRecord>();
  const omitted = new Map<string, number>();
  let frontier = ids;
  const seen = new Set(ids);
  for (let level = 1; level <= depth && frontier.length > 0 && types.length > 0; level++) {
    const params: Record<string, unknown> = { frontier, limit: limit - edges.size, pool: 2 * (limit - edges.size), known: [...edges.keys()] };
    const conditions = ['NOT r.id IN $known', ...relationConditions(filter, params)];
    const typeCondition = filter?.entityTypes?.length ? 'AND n.type IN $entityTypes' : '';
    if (filter?.entityTypes?.length) params.entityTypes = filter.entityTypes;
    const rows = await db.read<{ kept: unknown[][]; rest: { key: string; count: number }[]; known: (KnownFigures | null)[] }>(
      `MATCH (c:Entity) WHERE c.id IN $frontier
       MATCH (c)-[r${typePattern(types)}]-(n:Entity) WHERE ${conditions.join(' AND ')} ${typeCondition}
       WITH DISTINCT r
       WITH r ORDER BY r.articleCount DESC, r.score DESC, r.id
       WITH collect(r) AS rels
       ${keep}
       WITH kept, keptKnown, COLLECT { UNWIND rels AS x WITH type(x) AS key, count(*) AS count RETURN {key: key, count: count} } AS candidates
       // Result rows only for the kept relations; the rest is only counted per type.
       RETURN [r IN kept | ${RELATION_ROW}] AS kept, [t IN candidates | {key: t.key, count: t.count - size([k IN kept WHERE type(k) = t.key])}] AS rest,
              [k IN keptKnown | CASE WHEN k IS NULL THEN null ELSE ${knownFigures('k')} END] AS known`,
      params,
    );
    const row = rows[0];
    if (!row) break;
    const kept = row.kept.map(toRelationRecord);
    kept.forEach((e, i) => edges.set(e.id, time?.asOf && !time.window && row.known[i] ? { ...e, ...knownWindow(e, row.known[i]!, time) } : e));
    for (const o of row.rest) if (o.count > 0) omitted.set(o.key, (omitted.get(o.key) ?? 0) + o.count);
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
    // As known on a day, the level queries gave each edge its window; a date window is read now.
    edges: time?.window ? await withWindows(db, [...edges.values()], time) : [...edges.values()],
    truncated: omitted.size > 0,
    omitted: [...omitted].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count),
  };
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: RelationRecord[];
}

/** A relation's articles, sentences, score and last day as known on a day. */
type KnownFigures = [articles: number, evidence: number, score: number, lastSeen: string | null];
/** Cypher: the KnownFigures of knownOn's list `known` (articles, sentences, miss terms, last day). */
const knownFigures = (known: string) => `[${known}[0], ${known}[1], ${knownScore(known)}, ${known}[3]]`;

/** A relation's window and day asked as of, from its figures as known then (its event times are read when asked). */
function knownWindow(e: RelationRecord, [articles, evidence, score, lastSeen]: KnownFigures, time: TimeScope): Pick<RelationRecord, 'window' | 'asOf'> {
  return { window: { relationId: e.id, from: null, to: null, by: time.by, asOf: time.asOf, evidenceCount: evidence, articleCount: articles, score, firstSeen: e.firstSeen, lastSeen }, asOf: time.asOf };
}

/** Edges with their figures inside the time scope (window, or as known on a day) and the day asked for. */
async function withWindows(db: Executor, edges: RelationRecord[], time: TimeScope | null): Promise<RelationRecord[]> {
  if (!time || edges.length === 0) return edges;
  const windows = await relationWindows(db, edges.map((e) => e.id), time);
  return edges.map((e) => ({ ...e, window: windows.get(e.id) ?? null, asOf: time.asOf }));
}

type PathRow = { nodes: unknown[][]; edges: unknown[][]; known: unknown[] | null };

/**
 * Cypher: up to $limit shortest paths from $from to $to whose every edge meets `inline` (checked as
 * the search expands) and then `after` (checked on the paths found), with each edge's figures as
 * known on the day in $asOfKey when `isKnownOn`.
 */
function pathsCypher(types: ReturnType<typeof allowedTypes>, maxHops: number, inline: string[], after: string[], isKnownOn: boolean): string {
  // maxHops is a validated integer: variable-length bounds cannot be parameters.
  return `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[rels${typePattern(types)}*..${maxHops}]-(b))
     ${inline.length ? `WHERE all(x IN rels WHERE ${inline.join(' AND ')})` : ''}
     ${after.length ? `WITH p WHERE all(x IN relationships(p) WHERE ${after.join(' AND ')})` : ''}
     WITH p LIMIT $limit
     RETURN [n IN nodes(p) | ${NODE_ROW('n')}] AS nodes,
            [r IN relationships(p) | ${RELATION_ROW}] AS edges,
            ${isKnownOn ? `[r IN relationships(p) | [known IN [${knownOn('r')}] | ${knownFigures('known')}][0]]` : 'null'} AS known`;
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
  const time = relationTime(filter);
  const isKnownOn = Boolean(time?.asOf && !time.window);
  const read = (inline: string[], after: string[]) => db.read<PathRow>(pathsCypher(types, maxHops, inline, after, isKnownOn), params);
  // As known on a day: the shortest paths of the graph now (under the filter's other conditions,
  // which every relation known then meets) that were all known then are the shortest known then,
  // as none can be shorter; only when none was known is the graph of then searched, edge by edge.
  const rows = isKnownOn
    ? await read(relationConditions({ ...filter, asOf: null }, params, 'x'), conditions).then((found) => (found.length ? found : read(conditions, [])))
    : await read(conditions, []);
  const paths = rows.map((row) => ({
    nodes: row.nodes.map(toNodeRecord),
    // As known on a day, each edge's window comes with it; a date window is read below.
    edges: row.edges.map(toRelationRecord).map((e, i) => (time && row.known ? { ...e, ...knownWindow(e, row.known[i] as KnownFigures, time) } : e)),
  }));
  if (!time?.window) return paths;
  const windowed = new Map((await withWindows(db, [...new Map(paths.flatMap((p) => p.edges).map((e) => [e.id, e])).values()], time)).map((e) => [e.id, e]));
  return paths.map((p) => ({ ...p, edges: p.edges.map((e) => windowed.get(e.id) ?? e) }));
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
