/** Counts over the whole graph. */
import type { Executor } from './executor.ts';

export async function graphStats(db: Executor) {
  const rows = await db.read<{
    articles: number; entities: number; relations: number; evidence: number; firstDate: string | null; lastDate: string | null;
    entitiesByType: { key: string; count: number }[]; relationsByType: { key: string; count: number }[]; relationsByClass: { key: string; count: number }[];
  }>(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles, min(a.published) AS firstDate, max(a.published) AS lastDate }
     CALL () { MATCH (e:Entity) WITH e.type AS key, count(*) AS count ORDER BY count DESC RETURN collect({key: key, count: count}) AS entitiesByType, sum(count) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL WITH type(r) AS key, r.class AS class, count(*) AS count
               RETURN collect({key: key, count: count}) AS relationsByType, sum(count) AS relations, collect({class: class, count: count}) AS perClass }
     CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
     RETURN articles, entities, relations, evidence, firstDate, lastDate, entitiesByType, relationsByType,
            COLLECT { UNWIND perClass AS p WITH p.class AS key, sum(p.count) AS count ORDER BY count DESC RETURN {key: key, count: count} } AS relationsByClass`,
  );
  return rows[0]!;
}
