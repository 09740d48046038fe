/**
 * The Cypher of each bulk export: the relations a filter keeps (the body `relations` uses), their
 * entities, or their evidence, in id order after a keyset cursor, one flat row per line with the
 * columns listed here. Pure: a request in, {cypher, params, columns} out.
 */
import { ENTITY_TYPES } from '../../seed/vocabulary.ts';
import { evidenceTimeConditions } from '../db/dates.ts';
import { degreeOf } from '../db/mapping.ts';
import { relationBody, RELATION_FIELDS } from '../db/relations.ts';
import { badInput } from '../errors.ts';
import { hasRelationFilter, type ExportRequest } from './options.ts';

export interface ExportQuery {
  cypher: string;
  params: Record<string, unknown>;
  /** Column names, in order (CSV header; JSON Lines keys). */
  columns: string[];
}

export const ENTITY_COLUMNS = ['id', 'name', 'type', 'wikidataId', 'iso2', 'iso3', 'country', 'aliases', 'degree', 'articles'];
export const RELATION_COLUMNS = [
  'id', 'type', 'class', 'cameo', 'symmetric', 'sourceId', 'sourceName', 'sourceType', 'targetId', 'targetName', 'targetType',
  'articleCount', 'outletCount', 'score', 'firstSeen', 'lastSeen', 'firstEvent', 'lastEvent', 'asserted', 'attributed', 'hedged', 'proposed', 'denied', 'disputed', 'outletCountries',
  'domain', 'commodity', 'instrument', 'role', 'windowEvidence', 'windowArticles', 'windowScore', 'windowFirstSeen', 'windowLastSeen',
];
export const EVIDENCE_COLUMNS = [
  'id', 'relationId', 'type', 'class', 'sourceId', 'sourceName', 'targetId', 'targetName', 'status', 'attributedTo', 'confidence', 'rule', 'sentence', 'start', 'end',
  'articleId', 'articleTitle', 'articleUrl', 'outlet', 'outletCountry', 'published', 'eventDate', 'eventText',
];

const page = (limit: number | null) => (limit === null ? '' : 'LIMIT $limit');

function entitiesQuery(request: ExportRequest, params: Record<string, unknown>): string {
  params.entityTypes = request.entityTypes;
  const fields = `e.id AS id, e.name AS name, e.type AS type, e.wikidata AS wikidataId, e.iso2 AS iso2, e.iso3 AS iso3, e.country AS country,
    coalesce(e.aliases, []) AS aliases, ${degreeOf('e')} AS degree, COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles`;
  const keep = '($entityTypes IS NULL OR e.type IN $entityTypes) AND ($after IS NULL OR e.id > $after)';
  if (!hasRelationFilter(request.filter)) return `MATCH (e:Entity) WHERE ${keep} WITH e ORDER BY e.id ${page(request.limit)} RETURN ${fields}`;
  const built = relationBody({ filter: request.filter }, params);
  if (!built) return 'UNWIND [] AS nothing RETURN nothing';
  return `${built.body}
    WITH DISTINCT r UNWIND [startNode(r), endNode(r)] AS e
    WITH DISTINCT e WHERE ${keep}
    WITH e ORDER BY e.id ${page(request.limit)} RETURN ${fields}`;
}

function relationsQuery(request: ExportRequest, params: Record<string, unknown>): string {
  const built = relationBody({ filter: request.filter }, params);
  if (!built) return 'UNWIND [] AS nothing RETURN nothing';
  const window = built.time
    ? 'wEvidence AS windowEvidence, wArticles AS windowArticles, wScore AS windowScore, wFirst AS windowFirstSeen, wLast AS windowLastSeen'
    : 'null AS windowEvidence, null AS windowArticles, null AS windowScore, null AS windowFirstSeen, null AS windowLastSeen';
  return `${built.body}
    WITH * WHERE $after IS NULL OR r.id > $after
    WITH * ORDER BY r.id ${page(request.limit)}
    WITH r, ${RELATION_FIELDS} AS f, startNode(r) AS s, endNode(r) AS t, ${window}
    RETURN f.id AS id, f.type AS type, toUpper(replace(f.class, '-', '_')) AS class, f.cameo AS cameo, f.symmetric AS symmetric,
      s.id AS sourceId, s.name AS sourceName, s.type AS sourceType, t.id AS targetId, t.name AS targetName, t.type AS targetType,
      f.articleCount AS articleCount, f.outletCount AS outletCount, f.score AS score, f.firstSeen AS firstSeen, f.lastSeen AS lastSeen, f.firstEvent AS firstEvent, f.lastEvent AS lastEvent,
      f.claims.asserted AS asserted, f.claims.attributed AS attributed, f.claims.hedged AS hedged, f.claims.proposed AS proposed, f.claims.denied AS denied,
      f.disputed AS disputed, f.outletCountries AS outletCountries, f.domain AS domain, f.commodity AS commodity, f.instrument AS instrument, f.role AS role,
      windowEvidence, windowArticles, windowScore, windowFirstSeen, windowLastSeen`;
}

function evidenceQuery(request: ExportRequest, params: Record<string, unknown>): string {
  const built = relationBody({ filter: request.filter }, params);
  if (!built) return 'UNWIND [] AS nothing RETURN nothing';
  // An evidence id is articleId|relationId|start: its relation id says where to resume.
  const parts = request.after?.split('|') ?? [];
  if (request.after && parts.length < 3) throw badInput('"after" is not an evidence id (articleId|relationId|start)');
  params.afterRelation = request.after ? parts[parts.length - 2] : null;
  const conditions = ['($after IS NULL OR r.id > $afterRelation OR (r.id = $afterRelation AND v.id > $after))', ...evidenceTimeConditions(built.time, 'v', params, 'evidenceWindow')];
  if (request.filter.source) conditions.push('a.source = $source');
  return `${built.body}
    WITH DISTINCT r WHERE $afterRelation IS NULL OR r.id >= $afterRelation
    MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
    WHERE ${conditions.join(' AND ')}
    WITH r, v, a ORDER BY r.id, v.id ${page(request.limit)}
    WITH r, v, a, startNode(r) AS s, endNode(r) AS t
    RETURN v.id AS id, r.id AS relationId, type(r) AS type, toUpper(replace(r.class, '-', '_')) AS class, s.id AS sourceId, s.name AS sourceName, t.id AS targetId, t.name AS targetName,
      toUpper(coalesce(v.status, 'asserted')) AS status, v.attributedTo AS attributedTo, v.confidence AS confidence, v.rule AS rule, v.sentence AS sentence,
      v.start AS start, v.end AS end, a.id AS articleId, a.title AS articleTitle, a.url AS articleUrl, a.source AS outlet, a.outletCountry AS outletCountry, a.published AS published,
      v.eventDate AS eventDate, v.eventText AS eventText`;
}

/** The query of an export request. */
export function exportQuery(request: ExportRequest): ExportQuery {
  const params: Record<string, unknown> = { after: request.after, limit: request.limit };
  switch (request.kind) {
    case 'entities':
      for (const t of request.entityTypes ?? []) if (!ENTITY_TYPES.includes(t as never)) throw badInput(`"entityTypes": ${t} is not an entity type`);
      return { cypher: entitiesQuery(request, params), params, columns: ENTITY_COLUMNS };
    case 'relations':
      return { cypher: relationsQuery(request, params), params, columns: RELATION_COLUMNS };
    case 'evidence':
      return { cypher: evidenceQuery(request, params), params, columns: EVIDENCE_COLUMNS };
    default:
      throw new Error(`Unknown export ${String(request.kind satisfies never)}`);
  }
}
