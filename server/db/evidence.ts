/**
 * Evidence queries: pages of the sentences behind one or more relations (keyset cursors,
 * a date window and an article scope), their counts, and evidence by id. Many pages in one
 * query, for DataLoader.
 */
import { evidenceTimeConditions, type TimeScope } from './dates.ts';
import type { Executor } from './executor.ts';
import { afterCondition, orderBy, toPage, type KeyValue, type Page, type SortKey } from './keyset.ts';
import { fromGqlClaimStatus, type GqlClaimStatus, type OrderDirection } from './mapping.ts';

export interface EvidenceRecord {
  id: string;
  relationId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  date: string | null;
  /** The event time it states (YYYY, YYYY-MM or YYYY-MM-DD) and the expression as written; null when none. */
  eventDate: string | null;
  eventText: string | null;
  /** The claim status as the GraphQL enum (stored in lower case; evidence loaded before claims counts as asserted). */
  status: GqlClaimStatus;
  attributedTo: string | null;
  attributedToId: string | null;
  article: { id: string; title: string; url: string | null; source: string | null; published: string | null };
  highlights: { entityId: string; start: number; end: number }[];
}

export type EvidenceOrderField = 'DATE' | 'CONFIDENCE';

export interface EvidenceOrder {
  field: EvidenceOrderField;
  direction?: OrderDirection | null;
}

/** Which evidence of the relations: inside a time scope (a window by publication or event time, asOf), from one article. */
export interface EvidenceScope {
  time: TimeScope | null;
  articleId: string | null;
}

/** One page request: the evidence of these relations, after these keys (decoded cursor). */
export interface EvidencePageRequest {
  relationIds: string[];
  after: KeyValue[] | null;
}

/** Sort keys (k0, k1, k2): the field, then the other one, then id. */
export function evidenceKeys(order: EvidenceOrder | null | undefined): { name: string; exprs: string[]; keys: SortKey[] } {
  const field = order?.field ?? 'DATE';
  const descending = (order?.direction ?? 'DESC') === 'DESC';
  const date = "coalesce(art.published, '')";
  const lead = field === 'DATE' ? [date, 'v.confidence'] : ['v.confidence', date];
  return {
    name: `${field}:${descending ? 'DESC' : 'ASC'}`,
    exprs: [...lead, 'v.id'],
    keys: [
      { expr: 'k0', descending },
      { expr: 'k1', descending },
      { expr: 'k2', descending: false },
    ],
  };
}

function scopeConditions(scope: EvidenceScope, params: Record<string, unknown>): string[] {
  const conditions = evidenceTimeConditions(scope.time, 'v', params);
  if (scope.articleId) {
    conditions.push('art.id = $articleId');
    params.articleId = scope.articleId;
  }
  return conditions;
}

/** Cypher binding `highlights`: where the relation's two entities are named inside sentence `v` of article `art`. */
const HIGHLIGHTS = `CALL (v, art) {
    MATCH (e:Entity) WHERE e.id IN [v.sourceId, v.targetId]
    OPTIONAL MATCH (art)-[m:MENTIONS]->(e)
    WITH e, [j IN range(0, size(coalesce(m.offsets, [])) - 1, 2)
         WHERE m.offsets[j] >= v.start AND m.offsets[j + 1] <= v.end | {entityId: e.id, start: m.offsets[j], end: m.offsets[j + 1]}] AS hs
    RETURN reduce(acc = [], h IN collect(hs) | acc + h) AS highlights
  }`;

const EVIDENCE_FIELDS = `v { .id, .relationId, .sentence, .start, .end, .confidence, .rule, date: art.published, eventDate: v.eventDate, eventText: v.eventText,
  status: toUpper(coalesce(v.status, 'asserted')), attributedTo: v.attributedTo, attributedToId: v.attributedToId,
  article: art { .id, .title, .url, .source, .published }, highlights: highlights }`;

/** Pages of evidence, one per request, in one query. */
export async function evidencePages(db: Executor, requests: readonly EvidencePageRequest[], scope: EvidenceScope, order: EvidenceOrder | null | undefined, limit: number): Promise<Page<EvidenceRecord>[]> {
  const keys = evidenceKeys(order);
  if (limit === 0) return requests.map(() => ({ items: [], hasNextPage: false }));
  const params: Record<string, unknown> = { requests: requests.map((r) => ({ rids: r.relationIds, after: r.after })), limit: limit + 1 };
  const conditions = scopeConditions(scope, params);
  const rows = await db.read<{ i: number; page: { evidence: EvidenceRecord; keys: KeyValue[] }[] }>(
    `UNWIND range(0, size($requests) - 1) AS i
     CALL (i) {
       WITH $requests[i] AS request
       MATCH (v:Evidence) WHERE v.relationId IN request.rids
       MATCH (v)-[:FROM]->(art:Article) ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       WITH request, v, art, ${keys.exprs.map((e, k) => `${e} AS k${k}`).join(', ')}
       WHERE request.after IS NULL OR ${afterCondition(keys.keys, (k) => `request.after[${k}]`)}
       WITH v, art, k0, k1, k2 ${orderBy(keys.keys)} LIMIT $limit
       ${HIGHLIGHTS}
       RETURN collect({evidence: ${EVIDENCE_FIELDS}, keys: [k0, k1, k2]}) AS page
     }
     RETURN i, page`,
    params,
  );
  const pages = new Map(rows.map((row) => [row.i, toPage(row.page.map((p) => ({ node: p.evidence, keys: p.keys })), limit, keys.name)]));
  return requests.map((_, i) => pages.get(i) ?? { items: [], hasNextPage: false });
}

/** Number of evidence sentences of each group of relations, in one query. */
export async function countEvidence(db: Executor, groups: readonly string[][], scope: EvidenceScope): Promise<number[]> {
  const params: Record<string, unknown> = { groups };
  const conditions = scopeConditions(scope, params);
  // Without a scope the count comes from the relation index alone.
  const match = conditions.length ? `MATCH (v)-[:FROM]->(art:Article) WHERE ${conditions.join(' AND ')}` : '';
  const rows = await db.read<{ i: number; n: number }>(
    `UNWIND range(0, size($groups) - 1) AS i
     CALL (i) { MATCH (v:Evidence) WHERE v.relationId IN $groups[i] ${match} RETURN count(v) AS n }
     RETURN i, n`,
    params,
  );
  const counts = new Map(rows.map((row) => [row.i, row.n]));
  return groups.map((_, i) => counts.get(i) ?? 0);
}

/** One evidence sentence by id (articleId|relationId|start), found through its relation's index. */
export async function evidenceById(db: Executor, id: string): Promise<EvidenceRecord | undefined> {
  const parts = id.split('|');
  if (parts.length < 3) return undefined;
  const relationId = parts[parts.length - 2];
  const rows = await db.read<{ evidence: EvidenceRecord }>(
    `MATCH (v:Evidence {relationId: $relationId}) WHERE v.id = $id
     MATCH (v)-[:FROM]->(art:Article)
     ${HIGHLIGHTS}
     RETURN ${EVIDENCE_FIELDS} AS evidence`,
    { relationId, id },
  );
  return rows[0]?.evidence;
}

/** Evidence sentences by id (articleId|relationId|start), in the order asked, found through their relations' index (for DataLoader). */
export async function evidenceByIds(db: Executor, ids: readonly string[]): Promise<(EvidenceRecord | undefined)[]> {
  const rows = await db.read<{ evidence: EvidenceRecord }>(
    `UNWIND $ids AS id
     WITH id, split(id, '|') AS parts WHERE size(parts) >= 3
     MATCH (v:Evidence {relationId: parts[size(parts) - 2]}) WHERE v.id = id
     MATCH (v)-[:FROM]->(art:Article)
     ${HIGHLIGHTS}
     RETURN ${EVIDENCE_FIELDS} AS evidence`,
    { ids },
  );
  const found = new Map(rows.map((row) => [row.evidence.id, row.evidence]));
  return ids.map((id) => found.get(id));
}

/** Filters of the root evidence connection (EvidenceFilter). */
export interface EvidenceSearch {
  statuses?: GqlClaimStatus[] | null;
  minConfidence?: number | null;
  sources?: string[] | null;
  time: TimeScope | null;
  /** Relation types allowed (from types and classes); null: all. */
  types: string[] | null;
  entityIds?: string[] | null;
}

function searchConditions(search: EvidenceSearch, params: Record<string, unknown>): string[] {
  const conditions = evidenceTimeConditions(search.time, 'v', params);
  if (search.statuses?.length) {
    conditions.push("coalesce(v.status, 'asserted') IN $statuses");
    params.statuses = search.statuses.map(fromGqlClaimStatus);
  }
  if (search.minConfidence != null) {
    conditions.push('v.confidence >= $minConfidence');
    params.minConfidence = search.minConfidence;
  }
  if (search.sources?.length) {
    conditions.push('art.source IN $sources');
    params.sources = search.sources;
  }
  if (search.types) {
    // A relation id starts with its type (TYPE:hash).
    conditions.push("split(v.relationId, ':')[0] IN $types");
    params.types = search.types;
  }
  if (search.entityIds?.length) {
    conditions.push('(v.sourceId IN $entityIds OR v.targetId IN $entityIds)');
    params.entityIds = search.entityIds;
  }
  return conditions;
}

/** A page of evidence across the graph (Query.evidence). */
export async function evidenceSearchPage(db: Executor, search: EvidenceSearch, order: EvidenceOrder | null | undefined, after: KeyValue[] | null, limit: number): Promise<Page<EvidenceRecord>> {
  const keys = evidenceKeys(order);
  if (limit === 0 || search.types?.length === 0) return { items: [], hasNextPage: false };
  const params: Record<string, unknown> = { after, limit: limit + 1 };
  const conditions = searchConditions(search, params);
  const rows = await db.read<{ evidence: EvidenceRecord; keys: KeyValue[] }>(
    `MATCH (v:Evidence)-[:FROM]->(art:Article) ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     WITH v, art, ${keys.exprs.map((e, k) => `${e} AS k${k}`).join(', ')}
     ${after ? `WHERE ${afterCondition(keys.keys, (k) => `$after[${k}]`)}` : ''}
     ${orderBy(keys.keys)} LIMIT $limit
     ${HIGHLIGHTS}
     RETURN ${EVIDENCE_FIELDS} AS evidence, [k0, k1, k2] AS keys`,
    params,
  );
  return toPage(rows.map((r) => ({ node: r.evidence, keys: r.keys })), limit, keys.name);
}

/** Number of sentences the root evidence filter matches. */
export async function countEvidenceSearch(db: Executor, search: EvidenceSearch): Promise<number> {
  if (search.types?.length === 0) return 0;
  const params: Record<string, unknown> = {};
  const conditions = searchConditions(search, params);
  const rows = await db.read<{ n: number }>(`MATCH (v:Evidence)-[:FROM]->(art:Article) ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} RETURN count(v) AS n`, params);
  return rows[0]?.n ?? 0;
}
