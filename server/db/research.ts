/**
 * Aggregates researchers ask for, over the relations any RelationFilter keeps (the body shared
 * with `relations`): the global timeline (relations, sentences and articles per period and class
 * or type) and entities ranked by degree or articles in that subgraph. Inside a date window only
 * the window's evidence counts; with `source`, only that outlet's.
 */
import { evidenceTimeConditions, type TimeScope } from './dates.ts';
import type { Executor } from './executor.ts';
import { toGqlClass, type RelationFilter } from './mapping.ts';
import { relationBody } from './relations.ts';

export interface PeriodCountRecord {
  key: string;
  relations: number;
  evidence: number;
  articles: number;
}

export interface TimelineRecord {
  period: string;
  counts: PeriodCountRecord[];
}

/** Cypher after a relation body: each kept relation's sentences `v` (inside the window, of the outlet) with their article's date. */
function evidenceOf(filter: RelationFilter | null | undefined, time: TimeScope | null, params: Record<string, unknown>): string {
  const conditions = evidenceTimeConditions(time, 'v', params, 'evidenceWindow');
  let match = 'MATCH (v:Evidence {relationId: r.id})';
  if (filter?.source) {
    match += '-[:FROM]->(:Article {source: $source})';
    params.source = filter.source;
  }
  return `WITH DISTINCT r\n${match}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** Relation counts per period (YYYY-MM or YYYY) and class or type, periods in order. */
export async function relationTimeline(db: Executor, filter: RelationFilter | null | undefined, bucket: 'MONTH' | 'YEAR', groupBy: 'CLASS' | 'TYPE'): Promise<TimelineRecord[]> {
  const params: Record<string, unknown> = { width: bucket === 'YEAR' ? 4 : 7 };
  const built = relationBody({ filter }, params);
  if (!built) return [];
  const rows = await db.read<{ period: string; key: string; relations: number; evidence: number; articles: number }>(
    `${built.body}
     ${evidenceOf(filter, built.time, params)}
     WITH r, v WHERE v.date IS NOT NULL
     WITH substring(v.date, 0, $width) AS period, ${groupBy === 'TYPE' ? 'type(r)' : 'r.class'} AS key, r, v
     RETURN period, key, count(DISTINCT r) AS relations, count(v) AS evidence, count(DISTINCT v.articleId) AS articles
     ORDER BY period, key`,
    params,
  );
  const periods = new Map<string, PeriodCountRecord[]>();
  for (const row of rows) {
    const key = groupBy === 'CLASS' ? toGqlClass(row.key) : row.key;
    periods.set(row.period, [...(periods.get(row.period) ?? []), { key, relations: row.relations, evidence: row.evidence, articles: row.articles }]);
  }
  return [...periods].map(([period, counts]) => ({ period, counts }));
}

export interface EntityRankRecord {
  entityId: string;
  degree: number;
  articles: number;
  evidence: number;
}

/** Entities ranked by the relations the filter keeps that touch them (degree) or by the articles stating those relations. */
export async function topEntities(db: Executor, filter: RelationFilter | null | undefined, types: string[] | null | undefined, by: 'DEGREE' | 'ARTICLES', first: number): Promise<EntityRankRecord[]> {
  const params: Record<string, unknown> = { types: types?.length ? types : null, first };
  const built = relationBody({ filter }, params);
  if (!built || first === 0) return [];
  const [lead, next] = by === 'ARTICLES' ? ['articles', 'degree'] : ['degree', 'articles'];
  return db.read<EntityRankRecord>(
    `${built.body}
     ${evidenceOf(filter, built.time, params)}
     UNWIND [startNode(r), endNode(r)] AS e
     WITH DISTINCT e, r, v WHERE $types IS NULL OR e.type IN $types
     WITH e, count(DISTINCT r) AS degree, count(DISTINCT v.articleId) AS articles, count(DISTINCT v) AS evidence
     RETURN e.id AS entityId, degree, articles, evidence
     ORDER BY ${lead} DESC, ${next} DESC, e.id LIMIT $first`,
    params,
  );
}
