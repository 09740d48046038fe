/** Entity queries: full-text search, lookup by ids (batched), articles that mention one. */
import type { Executor } from './executor.ts';
import { searchQuery } from './mapping.ts';

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidata: string | null;
  iso2: string | null;
  iso3: string | null;
  country: string | null;
  /** Present when the query computed it (search ranks by it); otherwise resolved on demand. */
  degree?: number;
}

const DEGREE = 'COUNT { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL }';
const FIELDS = '.id, .name, .type, aliases: coalesce(e.aliases, []), .wikidata, .iso2, .iso3, .country';
const ENTITY_FIELDS = `e { ${FIELDS} }`;

export async function searchEntities(db: Executor, text: string, types: string[] | null | undefined, first: number): Promise<{ entity: EntityRecord; score: number }[]> {
  const query = searchQuery(text);
  if (!query) return [];
  return db.read<{ entity: EntityRecord; score: number }>(
    `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node AS e, score
     WHERE $types IS NULL OR e.type IN $types
     WITH e, score, e { ${FIELDS}, degree: ${DEGREE} } AS entity
     WITH entity, score * (1 + log10(1 + entity.degree)) * CASE WHEN toLower(entity.name) STARTS WITH toLower($text) THEN 2 ELSE 1 END AS rank
     RETURN entity, rank AS score ORDER BY rank DESC, entity.name LIMIT $first`,
    { query, types: types?.length ? types : null, first, text: text.trim() },
  );
}

/** Degrees (distinct relations) of entities, in the order asked (for DataLoader): only when a query asks for them. */
export async function degreesByIds(db: Executor, ids: readonly string[]): Promise<number[]> {
  const rows = await db.read<{ id: string; degree: number }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, ${DEGREE} AS degree`, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.id, r.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** Entities by id, in the order asked (for DataLoader). */
export async function entitiesByIds(db: Executor, ids: readonly string[]): Promise<(EntityRecord | undefined)[]> {
  const rows = await db.read<{ entity: EntityRecord }>(`MATCH (e:Entity) WHERE e.id IN $ids RETURN ${ENTITY_FIELDS} AS entity`, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.entity.id, r.entity]));
  return ids.map((id) => byId.get(id));
}

/** Relations touching an entity, per relation type, most frequent first. */
export async function relationCounts(db: Executor, id: string): Promise<{ key: string; count: number }[]> {
  return db.read(
    `MATCH (e:Entity {id: $id})-[r]-(:Entity) WHERE r.id IS NOT NULL
     WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
     RETURN key, count`,
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
