/**
 * Counts over the whole graph, from Neo4j's count store (counts per label and per relationship
 * type are kept by the database: no scan) and the article date index: a few milliseconds
 * whatever the size of the graph.
 */
import { ENTITY_TYPES, isEntityType, RELATION_TYPE_NAMES, RELATION_TYPES } from '../../seed/vocabulary.ts';
import type { Executor } from './executor.ts';
import { toGqlClass, typePattern } from './mapping.ts';

interface Count {
  key: string;
  count: number;
}

export interface StatsRecord {
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
  entitiesByType: Count[];
  relationsByType: Count[];
  relationsByClass: Count[];
  firstDate: string | null;
  lastDate: string | null;
}

const mostFirst = (counts: Count[]) => counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/** Relation counts per class, from the counts per type. Pure. */
export function countsPerClass(byType: readonly Count[]): Count[] {
  const perClass = new Map<string, number>();
  for (const { key, count } of byType) {
    const info = RELATION_TYPES[key as keyof typeof RELATION_TYPES];
    if (info) perClass.set(toGqlClass(info.class), (perClass.get(toGqlClass(info.class)) ?? 0) + count);
  }
  return mostFirst([...perClass].map(([key, count]) => ({ key, count })));
}

export async function graphStats(db: Executor): Promise<StatsRecord> {
  // Labels and relationship types come from the vocabulary (they cannot be parameters).
  const perLabel = ENTITY_TYPES.filter(isEntityType).map((t) => `{key: '${t}', count: COUNT { (:${t}) }}`);
  const perType = RELATION_TYPE_NAMES.map((t) => `{key: '${t}', count: COUNT { ()-[${typePattern([t])}]->() }}`);
  const rows = await db.read<{ articles: number; entities: number; evidence: number; entitiesByType: Count[]; relationsByType: Count[]; first: string[]; last: string[] }>(
    `RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities, COUNT { (:Evidence) } AS evidence,
       [${perLabel.join(', ')}] AS entitiesByType, [${perType.join(', ')}] AS relationsByType,
       COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published LIMIT 1 } AS first,
       COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published DESC LIMIT 1 } AS last`,
  );
  const row = rows[0]!;
  const relationsByType = mostFirst(row.relationsByType);
  return {
    articles: row.articles,
    entities: row.entities,
    relations: relationsByType.reduce((n, c) => n + c.count, 0),
    evidence: row.evidence,
    entitiesByType: mostFirst(row.entitiesByType),
    relationsByType,
    relationsByClass: countsPerClass(relationsByType),
    firstDate: row.first[0] ?? null,
    lastDate: row.last[0] ?? null,
  };
}
