/**
 * Relation queries: filtered, sorted pages with keyset cursors (of all relations, of one
 * entity, of a pair, of one article), their counts, and relations by id. With a date window a
 * relation is kept when it has evidence from articles published inside it, and comes back with
 * its figures for that window.
 */
import { isRelationType, RELATION_TYPE_NAMES, type RelationType } from '../../seed/vocabulary.ts';
import { badInput } from '../errors.ts';
import { endOfDay, evidenceTimeConditions, windowCondition, type DateBasis, type TimeScope } from './dates.ts';
import type { Executor } from './executor.ts';
import { afterCondition, decodeCursor, orderBy, toPage, type KeyedRow, type KeyValue, type Page, type SortKey } from './keyset.ts';
import { allowedTypes, claimConditions, directionConditions, knownOn, relationTime, spanOverlaps, typePattern, type Direction, type OrderDirection, type RelationFilter } from './mapping.ts';

/** A relation's figures inside a date window, or as known on a day. */
export interface RelationWindowRecord {
  relationId: string;
  from: string | null;
  to: string | null;
  by: DateBasis;
  asOf: string | null;
  /** Event times of the window's sentences; undefined when not read yet (the asOf path reads them when asked). */
  firstEvent?: string | null;
  lastEvent?: string | null;
  evidenceCount: number;
  articleCount: number;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

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
  /** Earliest and latest event time its sentences state. */
  firstEvent: string | null;
  lastEvent: string | null;
  score: number;
  domain: string | null;
  commodity: string | null;
  instrument: string | null;
  role: string | null;
  /** Evidence sentences per claim status (all dates). */
  claims: ClaimCounts;
  disputed: boolean;
  outletCountries: string[];
  /** Figures inside the date window it was found with; its evidence defaults to that window. */
  window?: RelationWindowRecord | null;
  /** The day it was asked as of (filter asOf): its state is the one known then. */
  asOf?: string | null;
  /** Set when reached through Article.relations: its evidence defaults to that article's. */
  articleId?: string | null;
}

/** Evidence sentences of a relation per claim status, as the loader stores them on the relation. */
export interface ClaimCounts {
  asserted: number;
  attributed: number;
  hedged: number;
  proposed: number;
  denied: number;
}

export type Orientation = 'OUT' | 'IN' | 'MUTUAL';

/** A relation seen from one of its ends (Entity.relations). */
export interface SeenRelation {
  relation: RelationRecord;
  otherId: string;
  orientation: Orientation;
}

export type RelationOrderField = 'ARTICLES' | 'SCORE' | 'LAST_SEEN' | 'FIRST_SEEN';

export interface RelationOrder {
  field: RelationOrderField;
  direction?: OrderDirection | null;
}

export interface RelationQuery {
  filter?: RelationFilter | null;
  /** The relations of one entity (Entity.relations): `filter.entityIds` then names the other end. */
  anchor?: { id: string; direction: Direction } | null;
  /** The relations one article states (Article.relations). */
  articleId?: string | null;
  orderBy?: RelationOrder | null;
}

/** A relation's scalar fields: RelationRecord keys and the Cypher that reads them (for a relationship bound to `r`). */
const SCALARS = [
  ['id', 'r.id'],
  ['type', 'type(r)'],
  ['class', 'r.class'],
  ['cameo', 'r.cameo'],
  ['symmetric', 'coalesce(r.symmetric, false)'],
  ['sourceId', 'startNode(r).id'],
  ['targetId', 'endNode(r).id'],
  ['articleCount', 'coalesce(r.articleCount, 0)'],
  ['outletCount', 'coalesce(r.outletCount, 0)'],
  ['firstSeen', 'r.firstSeen'],
  ['lastSeen', 'r.lastSeen'],
  ['firstEvent', 'r.firstEvent'],
  ['lastEvent', 'r.lastEvent'],
  ['score', 'coalesce(r.score, 0.0)'],
  ['disputed', 'coalesce(r.disputed, false)'],
  ['outletCountries', 'coalesce(r.outletCountries, [])'],
] as const;
/** Stored lists of qualifiers, given as one string. */
const QUALIFIERS = [
  ['commodity', 'r.commodities', ', '],
  ['domain', 'r.domains', '; '],
  ['instrument', 'r.instruments', '; '],
  ['role', 'r.roles', '; '],
] as const;
const CLAIMS = ['asserted', 'attributed', 'hedged', 'proposed', 'denied'] as const;

/** The relation projection as a map (for a relationship bound to `r`), for Cypher that works on the relation's fields. */
export const RELATION_FIELDS = `r { ${SCALARS.map(([key, cypher]) => `${key}: ${cypher}`).join(', ')},
  ${QUALIFIERS.map(([key, list, separator]) => `${key}: ${joined(list, separator)}`).join(', ')},
  claims: {${CLAIMS.map((c) => `${c}: coalesce(r.${c}, 0)`).join(', ')}} }`;

/**
 * The same projection as a list, for the queries that return many relations (pages,
 * neighborhoods, paths): without a key string per field there is about half as much for the
 * driver to decode on the server thread. toRelationRecord reads it.
 */
export const RELATION_ROW = `[${[...SCALARS.map(([, cypher]) => cypher), ...QUALIFIERS.map(([, list]) => list), ...CLAIMS.map((c) => `coalesce(r.${c}, 0)`)].join(', ')}]`;

/** A RELATION_ROW as a record. */
export function toRelationRecord(row: readonly unknown[]): RelationRecord {
  const record: Record<string, unknown> = {};
  SCALARS.forEach(([key], i) => (record[key] = row[i]));
  QUALIFIERS.forEach(([key, , separator], j) => {
    const list = row[SCALARS.length + j] as string[] | null;
    record[key] = list?.length ? list.join(separator) : null;
  });
  record.claims = Object.fromEntries(CLAIMS.map((c, j) => [c, row[SCALARS.length + QUALIFIERS.length + j]]));
  return record as unknown as RelationRecord;
}

/** Cypher: a stored list of qualifiers as one string, or null. */
function joined(list: string, separator: string): string {
  return `CASE WHEN size(coalesce(${list}, [])) = 0 THEN null ELSE reduce(x = head(${list}), c IN tail(${list}) | x + '${separator}' + c) END`;
}

/** Cypher: noisy-or of the per-article best confidences in `bests`, rounded as stored scores are. */
const NOISY_OR = 'round(1 - reduce(p = 1.0, b IN bests | p * (1 - b)), 3)';
const WINDOW_VARS = 'wEvidence, wArticles, wScore, wFirst, wLast, wFirstEvent, wLastEvent';

/** Cypher: the score of knownOn figures (a noisy-or of the miss terms, stored in millionths), rounded as stored scores are. */
export const knownScore = (known: string) => `round(1 - exp(-toFloat(${known}[2]) / 1000000.0), 3)`;
/** Cypher: the window variables from knownOn figures bound as `known` (event times are read only when asked). */
const KNOWN_WINDOW = `known[1] AS wEvidence, known[0] AS wArticles, ${knownScore('known')} AS wScore, r.firstSeen AS wFirst, known[3] AS wLast,
  null AS wFirstEvent, null AS wLastEvent`;

/** Where the relations come from: a MATCH (and conditions) binding `r`, and `x`/`y` for one entity's view. */
interface Source {
  text: string;
  conditions: string[];
  /** True when the source already computed the window figures (it started from the window's articles). */
  hasWindow: boolean;
  isSeen: boolean;
}

function relationSource(q: RelationQuery, pattern: string, time: TimeScope | null, params: Record<string, unknown>): Source {
  const filter = q.filter;
  if (q.articleId) {
    params.articleId = q.articleId;
    return {
      text: `MATCH (v:Evidence {articleId: $articleId})
             WITH DISTINCT v.relationId AS rid, v.sourceId AS sid, v.targetId AS tid
             MATCH (:Entity {id: sid})-[r${pattern}]->(:Entity {id: tid})`,
      conditions: ['r.id = rid'],
      hasWindow: false,
      isSeen: false,
    };
  }
  if (q.anchor) {
    if (filter?.pair) throw badInput('"filter.pair" does not apply to Entity.relations; use Query.pair or relations(filter: {pair})');
    params.anchor = q.anchor.id;
    const conditions = directionConditions(q.anchor.direction, 'x', 'y');
    if (filter?.entityIds?.length) {
      conditions.push('y.id IN $entityIds');
      params.entityIds = filter.entityIds;
    }
    return { text: `MATCH (x:Entity {id: $anchor})-[r${pattern}]-(y:Entity)`, conditions, hasWindow: false, isSeen: true };
  }
  if (filter?.pair) {
    const { a, b, direction } = filter.pair;
    if (a === b) throw badInput('"filter.pair" needs two different entities');
    if (filter.entityIds?.length) throw badInput('"filter.pair" and "filter.entityIds" cannot be combined');
    Object.assign(params, { pairA: a, pairB: b });
    return { text: `MATCH (x:Entity {id: $pairA})-[r${pattern}]-(y:Entity {id: $pairB})`, conditions: directionConditions(direction, 'x', 'y'), hasWindow: false, isSeen: false };
  }
  if (filter?.entityIds?.length) {
    params.entityIds = filter.entityIds;
    // Start from the named entities so the index does the work, then keep either end.
    return { text: `MATCH (x:Entity) WHERE x.id IN $entityIds MATCH (x)-[r${pattern}]-() WITH DISTINCT r`, conditions: [], hasWindow: false, isSeen: false };
  }
  if (time?.window) {
    // All relations in a window: start from the window's articles (publication date index) or
    // sentences (event time index), and aggregate their evidence per relation on the way.
    const start = time.by === 'EVENT'
      ? `MATCH (v:Evidence) WHERE ${evidenceTimeConditions(time, 'v', params).join(' AND ')}
             MATCH (v)-[:FROM]->(wa:Article)`
      : `MATCH (wa:Article) WHERE ${windowCondition(time.window, 'wa.published', params).join(' AND ')}
             MATCH (v:Evidence)-[:FROM]->(wa)${time.asOf ? ` WHERE ${evidenceTimeConditions({ ...time, window: null }, 'v', params).join(' AND ')}` : ''}`;
    return {
      text: `${start}
             WITH v.relationId AS rid, v.sourceId AS sid, v.targetId AS tid, wa, max(v.confidence) AS best, count(v) AS n, min(v.eventDate) AS fe, max(v.eventDate) AS le
             WITH rid, sid, tid, sum(n) AS wEvidence, count(wa) AS wArticles, collect(best) AS bests, min(wa.published) AS wFirst, max(wa.published) AS wLast,
                  min(fe) AS wFirstEvent, max(le) AS wLastEvent
             MATCH (:Entity {id: sid})-[r${pattern}]->(:Entity {id: tid}) WHERE r.id = rid
             WITH r, wEvidence, wArticles, ${NOISY_OR} AS wScore, wFirst, wLast, wFirstEvent, wLastEvent`,
      conditions: [],
      hasWindow: true,
      isSeen: false,
    };
  }
  return { text: `MATCH ()-[r${pattern}]->()`, conditions: [], hasWindow: false, isSeen: false };
}

/**
 * The window figures of `r` for sources that did not start from the window: from its own
 * evidence inside a window, or, as known on a day with no window, from its stored timeline.
 */
function windowCall(time: TimeScope, params: Record<string, unknown>): string {
  if (!time.window && time.asOf) {
    params.asOfKey = endOfDay(time.asOf);
    return `WITH r, x, y, ${knownOn('r')} AS known
    WITH r, x, y, ${KNOWN_WINDOW}`;
  }
  const inWindow = evidenceTimeConditions(time, 'v', params);
  return `CALL (r) {
      MATCH (v:Evidence {relationId: r.id})-[:FROM]->(wa:Article) WHERE ${inWindow.join(' AND ')}
      WITH wa, max(v.confidence) AS best, count(v) AS n, min(v.eventDate) AS fe, max(v.eventDate) AS le
      RETURN sum(n) AS wEvidence, count(wa) AS wArticles, collect(best) AS bests, min(wa.published) AS wFirst, max(wa.published) AS wLast, min(fe) AS wFirstEvent, max(le) AS wLastEvent
    }
    WITH r, x, y, wEvidence, wArticles, ${NOISY_OR} AS wScore, wFirst, wLast, wFirstEvent, wLastEvent`;
}

/** Sort keys (as k0, k1, k2) of an order: the field, then article count, then id, so pages never overlap. */
function relationKeys(order: RelationOrder | null | undefined, windowed: boolean): { name: string; exprs: string[]; keys: SortKey[] } {
  const field = order?.field ?? 'ARTICLES';
  const descending = (order?.direction ?? 'DESC') === 'DESC';
  const articles = windowed ? 'wArticles' : 'coalesce(r.articleCount, 0)';
  const score = windowed ? 'wScore' : 'coalesce(r.score, 0.0)';
  const first = windowed ? "coalesce(wFirst, '')" : "coalesce(r.firstSeen, '')";
  const last = windowed ? "coalesce(wLast, '')" : "coalesce(r.lastSeen, '')";
  const lead = { ARTICLES: [articles, score], SCORE: [score, articles], LAST_SEEN: [last, articles], FIRST_SEEN: [first, articles] }[field];
  return {
    name: `${field}:${descending ? 'DESC' : 'ASC'}`,
    exprs: [...lead, 'r.id'],
    keys: [
      { expr: 'k0', descending },
      { expr: 'k1', descending },
      { expr: 'k2', descending: false },
    ],
  };
}

/** The shared body of a page, a count, an aggregate or an export: source, conditions, window figures, minimum articles (binds `r`). */
export function relationBody(q: RelationQuery, params: Record<string, unknown>): { body: string; source: Source; time: TimeScope | null } | null {
  const types = allowedTypes(q.filter);
  if (types.length === 0) return null;
  const time = relationTime(q.filter);
  const source = relationSource(q, typePattern(types), time, params);
  const conditions = [...source.conditions];
  if (q.filter?.minArticles != null && q.filter.minArticles < 0) throw badInput('"filter.minArticles" cannot be negative');
  if (q.filter?.source) {
    const inTime = evidenceTimeConditions(time, 'sv', params, 'sourceWindow');
    conditions.push(`EXISTS { MATCH (sv:Evidence {relationId: r.id})-[:FROM]->(:Article {source: $source})${inTime.length ? ` WHERE ${inTime.join(' AND ')}` : ''} }`);
    params.source = q.filter.source;
  }
  conditions.push(...claimConditions(q.filter, params));
  if (time && !source.hasWindow) conditions.push(...spanOverlaps(time, 'r', params));
  const minArticles = q.filter?.minArticles ?? 0;
  params.minArticles = minArticles;
  if (!time && minArticles > 0) conditions.push('r.articleCount >= $minArticles');
  const carry = source.isSeen ? 'r, x, y' : 'r, null AS x, null AS y';
  // Every source ends with a MATCH or a WITH, so its conditions attach as one WHERE.
  let body = `${source.text}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
    WITH ${carry}${source.hasWindow ? `, ${WINDOW_VARS}` : ''}`;
  if (time && !source.hasWindow) body += `\n    ${windowCall(time, params)}`;
  if (time) body += '\n    WITH * WHERE wEvidence > 0 AND wArticles >= $minArticles';
  return { body, source, time };
}

/** Cypher: the window record of `r` from the window variables (for the asked scope). */
export function windowRecord(time: TimeScope | null, params: Record<string, unknown>): string {
  if (!time) return 'null';
  Object.assign(params, { windowFromAsked: time.window?.from ?? null, windowToAsked: time.window?.to ?? null, windowBy: time.by, windowAsOf: time.asOf });
  return `{relationId: r.id, from: $windowFromAsked, to: $windowToAsked, by: $windowBy, asOf: $windowAsOf, evidenceCount: wEvidence, articleCount: wArticles, score: wScore,
    firstSeen: wFirst, lastSeen: wLast, firstEvent: wFirstEvent, lastEvent: wLastEvent}`;
}

/** A window record as read: as known on a day (no window), its event times are not read yet (undefined: read when asked). */
export function readWindow(time: TimeScope | null, window: RelationWindowRecord | null): RelationWindowRecord | null {
  if (!window) return null;
  if (time && !time.window) {
    const { firstEvent: _first, lastEvent: _last, ...rest } = window;
    return rest;
  }
  return window;
}

/** One page of relations, in the asked order, after the cursor. */
export async function relationPage(db: Executor, q: RelationQuery, after: string | null | undefined, limit: number): Promise<Page<SeenRelation>> {
  const params: Record<string, unknown> = { limit: limit + 1 };
  const built = relationBody(q, params);
  const time = relationTime(q.filter);
  const order = relationKeys(q.orderBy, time !== null);
  const cursor = decodeCursor(after, order.name, 3);
  if (!built || limit === 0) return { items: [], hasNextPage: false };
  params.after = cursor;
  const rows = await db.read<{ relation: unknown[]; window: RelationWindowRecord | null; keys: KeyValue[]; otherId: string | null; orientation: Orientation }>(
    `${built.body}
     WITH *, ${order.exprs.map((e, i) => `${e} AS k${i}`).join(', ')}
     ${cursor ? `WHERE ${afterCondition(order.keys, (i) => `$after[${i}]`)}` : ''}
     ${orderBy(order.keys)}
     LIMIT $limit
     RETURN ${RELATION_ROW} AS relation, [k0, k1, k2] AS keys, ${windowRecord(time, params)} AS window,
       CASE WHEN x IS NULL THEN null ELSE y.id END AS otherId,
       CASE WHEN x IS NULL THEN null WHEN coalesce(r.symmetric, false) THEN 'MUTUAL' WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END AS orientation`,
    params,
  );
  const keyed: KeyedRow<SeenRelation>[] = rows.map((row) => {
    const relation = toRelationRecord(row.relation);
    return {
      keys: row.keys,
      node: {
        relation: { ...relation, window: readWindow(time, row.window), asOf: time?.asOf ?? null, articleId: q.articleId ?? null },
        otherId: row.otherId ?? relation.targetId,
        orientation: row.orientation ?? (relation.symmetric ? 'MUTUAL' : 'OUT'),
      },
    };
  });
  return toPage(keyed, limit, order.name);
}

/** The window records of relations by id, inside a time scope (edges of a neighborhood or of paths), one index lookup per relation type. */
export async function relationWindows(db: Executor, ids: readonly string[], time: TimeScope): Promise<Map<string, RelationWindowRecord>> {
  const params: Record<string, unknown> = {};
  const branches = byTypeBranches(ids, params);
  if (branches.length === 0) return new Map();
  const rows = await db.read<{ window: RelationWindowRecord }>(
    `CALL () { ${branches.join(' UNION ALL ')} }
     WITH r, null AS x, null AS y
     ${windowCall(time, params)}
     RETURN ${windowRecord(time, params)} AS window`,
    params,
  );
  return new Map(rows.map((row) => [row.window.relationId, readWindow(time, row.window) as RelationWindowRecord]));
}

/** Cypher branches (for a UNION) that find relations `r` by id, one per relation type present: each uses that type's index. */
function byTypeBranches(ids: readonly string[], params: Record<string, unknown>): string[] {
  const byType = new Map<RelationType, string[]>();
  for (const id of ids) {
    const type = id.split(':')[0] ?? '';
    if (isRelationType(type)) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  return RELATION_TYPE_NAMES.filter((t) => byType.has(t)).map((t, i) => {
    params[`ids${i}`] = byType.get(t);
    return `MATCH ()-[r${typePattern([t])}]->() WHERE r.id IN $ids${i} RETURN r`;
  });
}

/** The earliest and latest event time of relations' sentences published up to a day (window figures read when asked), in one query. */
export async function eventSpansAsOf(db: Executor, relationIds: readonly string[], asOf: string): Promise<{ firstEvent: string | null; lastEvent: string | null }[]> {
  const rows = await db.read<{ id: string; firstEvent: string | null; lastEvent: string | null }>(
    `UNWIND $ids AS id
     CALL (id) { MATCH (v:Evidence {relationId: id}) WHERE v.date <= $asOfKey AND v.eventDate IS NOT NULL RETURN min(v.eventDate) AS firstEvent, max(v.eventDate) AS lastEvent }
     RETURN id, firstEvent, lastEvent`,
    { ids: relationIds, asOfKey: endOfDay(asOf) },
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  return relationIds.map((id) => ({ firstEvent: found.get(id)?.firstEvent ?? null, lastEvent: found.get(id)?.lastEvent ?? null }));
}

/** Number of relations a query matches (all pages). */
export async function countRelations(db: Executor, q: RelationQuery): Promise<number> {
  const params: Record<string, unknown> = {};
  const built = relationBody(q, params);
  if (!built) return 0;
  const rows = await db.read<{ n: number }>(`${built.body}\n RETURN count(*) AS n`, params);
  return rows[0]?.n ?? 0;
}

/** Relations by id, in the order asked (for DataLoader): one index lookup per relation type present. */
export async function relationsByIds(db: Executor, ids: readonly string[]): Promise<(RelationRecord | undefined)[]> {
  const params: Record<string, unknown> = {};
  // The type prefix of an id names its relationship type, so each branch uses that type's index.
  const branches = byTypeBranches(ids, params);
  if (branches.length === 0) return ids.map(() => undefined);
  const rows = await db.read<{ relation: unknown[] }>(`CALL () { ${branches.join(' UNION ALL ')} } RETURN ${RELATION_ROW} AS relation`, params);
  const found = new Map(rows.map((row) => toRelationRecord(row.relation)).map((r) => [r.id, r]));
  return ids.map((id) => found.get(id));
}
