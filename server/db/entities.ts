/** Entity queries: full-text search, filtered pages, lookup by ids (batched), merge candidates. */
import type { Executor } from './executor.ts';
import { afterCondition, decodeCursor, orderBy, toPage, type KeyValue, type Page, type SortKey } from './keyset.ts';
import { RELATION_TYPE_NAMES } from '../../seed/vocabulary.ts';
import { degreeOf, searchQuery, typePattern, type OrderDirection } from './mapping.ts';

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  iso2: string | null;
  iso3: string | null;
  country: string | null;
  /** A place's coordinates (places of the GeoNames-based table only). */
  latitude?: number | null;
  longitude?: number | null;
  /** Present when the query computed it (search ranks by it); otherwise resolved on demand. */
  degree?: number;
}

const FIELDS = '.id, .name, .type, aliases: coalesce(e.aliases, []), .wikidata, .iso2, .iso3, .country, .latitude, .longitude';
const ENTITY_FIELDS = `e { ${FIELDS} }`;

export async function searchEntities(db: Executor, text: string, types: string[] | null | undefined, first: number): Promise<{ entity: EntityRecord; score: number }[]> {
  const query = searchQuery(text);
  if (!query || first === 0) return [];
  return db.read<{ entity: EntityRecord; score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node AS e, score
     WHERE $types IS NULL OR e.type IN $types
     WITH e, score, e { ${FIELDS}, degree: ${degreeOf('e')} } AS entity
     WITH entity, score * (1 + log10(1 + entity.degree)) * CASE WHEN toLower(entity.name) STARTS WITH toLower($text) THEN 2 ELSE 1 END AS rank
     RETURN entity, rank AS score ORDER BY rank DESC, entity.name LIMIT $first`,
    { query, types: types?.length ? types : null, first, text: text.trim() },
  );
}

export interface EntityFilter {
  types?: string[] | null;
  countries?: string[] | null;
  minDegree?: number | null;
}

export type EntityOrderField = 'NAME' | 'DEGREE';

export interface EntityOrder {
  field: EntityOrderField;
  direction?: OrderDirection | null;
}

function entityKeys(order: EntityOrder | null | undefined): { name: string; exprs: string[]; keys: SortKey[] } {
  const field = order?.field ?? 'NAME';
  const descending = (order?.direction ?? 'ASC') === 'DESC';
  const exprs = field === 'NAME' ? ['e.name', 'e.id'] : ['degree', 'e.id'];
  return { name: `${field}:${descending ? 'DESC' : 'ASC'}`, exprs, keys: [{ expr: 'k0', descending }, { expr: 'k1', descending: false }] };
}

function entityBody(filter: EntityFilter | null | undefined, params: Record<string, unknown>): string {
  Object.assign(params, {
    types: filter?.types?.length ? filter.types : null,
    countries: filter?.countries?.length ? filter.countries.map((c) => c.toUpperCase()) : null,
    minDegree: filter?.minDegree ?? 0,
  });
  return `MATCH (e:Entity) WHERE ($types IS NULL OR e.type IN $types) AND ($countries IS NULL OR e.iso2 IN $countries OR e.country IN $countries)
     WITH e, ${degreeOf('e')} AS degree WHERE degree >= $minDegree`;
}

/** A page of entities (Query.entities). */
export async function entityPage(db: Executor, filter: EntityFilter | null | undefined, order: EntityOrder | null | undefined, after: string | null | undefined, limit: number): Promise<Page<EntityRecord>> {
  const keys = entityKeys(order);
  const cursor = decodeCursor(after, keys.name, 2);
  if (limit === 0) return { items: [], hasNextPage: false };
  const params: Record<string, unknown> = { after: cursor, limit: limit + 1 };
  const rows = await db.read<{ entity: EntityRecord; keys: KeyValue[] }>(
    `${entityBody(filter, params)}
     WITH e, degree, ${keys.exprs.map((x, i) => `${x} AS k${i}`).join(', ')}
     ${cursor ? `WHERE ${afterCondition(keys.keys, (i) => `$after[${i}]`)}` : ''}
     ${orderBy(keys.keys)} LIMIT $limit
     RETURN e { ${FIELDS}, degree: degree } AS entity, [k0, k1] AS keys`,
    params,
  );
  return toPage(rows.map((r) => ({ node: r.entity, keys: r.keys })), limit, keys.name);
}

export async function countEntities(db: Executor, filter: EntityFilter | null | undefined): Promise<number> {
  const params: Record<string, unknown> = {};
  const rows = await db.read<{ n: number }>(`${entityBody(filter, params)} RETURN count(e) AS n`, params);
  return rows[0]?.n ?? 0;
}

/** Degrees (distinct relations) of entities, in the order asked (for DataLoader): only when a query asks for them. */
export async function degreesByIds(db: Executor, ids: readonly string[]): Promise<number[]> {
  const rows = await db.read<{ id: string; degree: number }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, ${degreeOf('e')} AS degree`, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.id, r.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** Entities by id, in the order asked (for DataLoader). */
export async function entitiesByIds(db: Executor, ids: readonly string[]): Promise<(EntityRecord | undefined)[]> {
  const rows = await db.read<{ entity: EntityRecord }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN ${ENTITY_FIELDS} AS entity`, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.entity.id, r.entity]));
  return ids.map((id) => byId.get(id));
}

/** Relations touching an entity, per relation type, most frequent first: from the degree store, one lookup per type. */
export async function relationCounts(db: Executor, id: string): Promise<{ key: string; count: number }[]> {
  const perType = RELATION_TYPE_NAMES.map((t) => `{key: '${t}', count: COUNT { (e)-[${typePattern([t])}]-() }}`).join(', ');
  return db.read(
    `MATCH (e:Entity {id: $id})
     UNWIND [${perType}] AS c
     WITH c WHERE c.count > 0
     RETURN c.key AS key, c.count AS count ORDER BY count DESC, key`,
    { id },
  );
}

/** Pairs recorded by the loader as possibly the same person (MERGE_CANDIDATE), each pair once. */
export interface MergeCandidateRecord {
  aId: string;
  bId: string;
  reason: string;
}

export async function mergeCandidates(db: Executor, first: number): Promise<MergeCandidateRecord[]> {
  return db.read(
    `MATCH (a:Entity)-[c:MERGE_CANDIDATE]-(b:Entity) WHERE a.id < b.id
     RETURN a.id AS aId, b.id AS bId, c.reason AS reason ORDER BY a.name, b.name LIMIT $first`,
    { first },
  );
}
