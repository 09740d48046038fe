/**
 * Relation queries: filtered, sorted pages with keyset cursors (of all relations, of one
 * entity, of a pair, of one article), their counts, and relations by id. With a date window a
 * relation is kept when it has evidence from articles published inside it, and comes back with
 * its figures for that window.
 */
import { isRelationType, RELATION_TYPE_NAMES, type RelationType } from '../../seed/vocabulary.ts';
import { badInput } from '../errors.ts';
import { windowCondition, type DateWindow } from './dates.ts';
import type { Executor } from './executor.ts';
import { afterCondition, decodeCursor, orderBy, toPage, type KeyedRow, type KeyValue, type Page, type SortKey } from './keyset.ts';
import { allowedTypes, claimConditions, directionConditions, relationWindow, spanOverlaps, typePattern, type Direction, type OrderDirection, type RelationFilter } from './mapping.ts';

/** A relation's figures inside a date window. */
export interface RelationWindowRecord {
  from: string | null;
  to: string | null;
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
const WINDOW_VARS = 'wEvidence, wArticles, wScore, wFirst, wLast';

/** Where the relations come from: a MATCH (and conditions) binding `r`, and `x`/`y` for one entity's view. */
interface Source {
  text: string;
  conditions: string[];
  /** True when the source already computed the window figures (it started from the window's articles). */
  hasWindow: boolean;
  isSeen: boolean;
}

function relationSource(q: RelationQuery, pattern: string, window: DateWindow | null, params: Record<string, unknown>): Source {
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
  if (window) {
    // All relations in a window: start from the window's articles (date index) and aggregate
    // their evidence per relation on the way.
    const inWindow = windowCondition(window, 'wa.published', params);
    return {
      text: `MATCH (wa:Article) WHERE ${inWindow.join(' AND ')}
             MATCH (v:Evidence)-[:FROM]->(wa)
             WITH v.relationId AS rid, v.sourceId AS sid, v.targetId AS tid, wa, max(v.confidence) AS best, count(v) AS n
             WITH rid, sid, tid, sum(n) AS wEvidence, count(wa) AS wArticles, collect(best) AS bests, min(wa.published) AS wFirst, max(wa.published) AS wLast
             MATCH (:Entity {id: sid})-[r${pattern}]->(:Entity {id: tid}) WHERE r.id = rid
             WITH r, wEvidence, wArticles, ${NOISY_OR} AS wScore, wFirst, wLast`,
      conditions: [],
      hasWindow: true,
      isSeen: false,
    };
  }
  return { text: `MATCH ()-[r${pattern}]->()`, conditions: [], hasWindow: false, isSeen: false };
}

/** The window figures of `r`, from its own evidence (for sources that did not start from the window). */
function windowCall(window: DateWindow, params: Record<string, unknown>): string {
  const inWindow = windowCondition(window, 'wa.published', params);
  return `CALL (r) {
      MATCH (v:Evidence {relationId: r.id})-[:FROM]->(wa:Article) WHERE ${inWindow.join(' AND ')}
      WITH wa, max(v.confidence) AS best, count(v) AS n
      RETURN sum(n) AS wEvidence, count(wa) AS wArticles, collect(best) AS bests, min(wa.published) AS wFirst, max(wa.published) AS wLast
    }
    WITH r, x, y, wEvidence, wArticles, ${NOISY_OR} AS wScore, wFirst, wLast`;
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
export function relationBody(q: RelationQuery, params: Record<string, unknown>): { body: string; source: Source; window: DateWindow | null } | null {
  const types = allowedTypes(q.filter);
  if (types.length === 0) return null;
  const window = relationWindow(q.filter);
  const source = relationSource(q, typePattern(types), window, params);
  const conditions = [...source.conditions];
  if (q.filter?.minArticles != null && q.filter.minArticles < 0) throw badInput('"filter.minArticles" cannot be negative');
  if (q.filter?.source) {
    conditions.push('EXISTS { MATCH (:Evidence {relationId: r.id})-[:FROM]->(:Article {source: $source}) }');
    params.source = q.filter.source;
  }
  conditions.push(...claimConditions(q.filter, params));
  if (window && !source.hasWindow) conditions.push(...spanOverlaps(window, 'r', params));
  const minArticles = q.filter?.minArticles ?? 0;
  params.minArticles = minArticles;
  if (!window && minArticles > 0) conditions.push('r.articleCount >= $minArticles');
  const carry = source.isSeen ? 'r, x, y' : 'r, null AS x, null AS y';
  // Every source ends with a MATCH or a WITH, so its conditions attach as one WHERE.
  let body = `${source.text}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}
    WITH ${carry}${source.hasWindow ? `, ${WINDOW_VARS}` : ''}`;
  if (window && !source.hasWindow) body += `\n    ${windowCall(window, params)}`;
  if (window) body += '\n    WITH * WHERE wEvidence > 0 AND wArticles >= $minArticles';
  return { body, source, window };
}

/** One page of relations, in the asked order, after the cursor. */
export async function relationPage(db: Executor, q: RelationQuery, after: string | null | undefined, limit: number): Promise<Page<SeenRelation>> {
  const params: Record<string, unknown> = { limit: limit + 1 };
  const built = relationBody(q, params);
  const window = relationWindow(q.filter);
  const order = relationKeys(q.orderBy, window !== null);
  const cursor = decodeCursor(after, order.name, 3);
  if (!built || limit === 0) return { items: [], hasNextPage: false };
  params.after = cursor;
  const rows = await db.read<{ relation: unknown[]; window: RelationWindowRecord | null; keys: KeyValue[]; otherId: string | null; orientation: Orientation }>(
    `${built.body}
     WITH *, ${order.exprs.map((e, i) => `${e} AS k${i}`).join(', ')}
     ${cursor ? `WHERE ${afterCondition(order.keys, (i) => `$after[${i}]`)}` : ''}
     ${orderBy(order.keys)}
     LIMIT $limit
     RETURN ${RELATION_ROW} AS relation, [k0, k1, k2] AS keys,
       ${window ? `{from: $windowFromAsked, to: $windowToAsked, evidenceCount: wEvidence, articleCount: wArticles, score: wScore, firstSeen: wFirst, lastSeen: wLast}` : 'null'} AS window,
       CASE WHEN x IS NULL THEN null ELSE y.id END AS otherId,
       CASE WHEN x IS NULL THEN null WHEN coalesce(r.symmetric, false) THEN 'MUTUAL' WHEN startNode(r) = x THEN 'OUT' ELSE 'IN' END AS orientation`,
    { ...params, windowFromAsked: window?.from ?? null, windowToAsked: window?.to ?? null },
  );
  const keyed: KeyedRow<SeenRelation>[] = rows.map((row) => {
    const relation = toRelationRecord(row.relation);
    return {
      keys: row.keys,
      node: {
        relation: { ...relation, window: row.window, articleId: q.articleId ?? null },
        otherId: row.otherId ?? relation.targetId,
        orientation: row.orientation ?? (relation.symmetric ? 'MUTUAL' : 'OUT'),
      },
    };
  });
  return toPage(keyed, limit, order.name);
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
  const byType = new Map<RelationType, string[]>();
  for (const id of ids) {
    const type = id.split(':')[0] ?? '';
    if (isRelationType(type)) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  if (byType.size === 0) return ids.map(() => undefined);
  const params: Record<string, unknown> = {};
  // The type prefix of an id names its relationship type, so each branch uses that type's index.
  const branches = RELATION_TYPE_NAMES.filter((t) => byType.has(t)).map((t, i) => {
    params[`ids${i}`] = byType.get(t);
    return `MATCH ()-[r${typePattern([t])}]->() WHERE r.id IN $ids${i} RETURN r`;
  });
  const rows = await db.read<{ relation: unknown[] }>(`CALL () { ${branches.join(' UNION ALL ')} } RETURN ${RELATION_ROW} AS relation`, params);
  const found = new Map(rows.map((row) => toRelationRecord(row.relation)).map((r) => [r.id, r]));
  return ids.map((id) => found.get(id));
}
