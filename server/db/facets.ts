/** What the explorer filters canvas elements by: outlets and evidence months per relation. */
import type { Executor } from './executor.ts';

export interface RelationFacets {
  outlets: string[];
  evidenceByMonth: { key: string; count: number }[];
}

/** Facets of many relations in one query, in the order asked (for DataLoader). */
export async function relationFacets(db: Executor, ids: readonly string[]): Promise<RelationFacets[]> {
  const rows = await db.read<{ id: string; outlets: string[]; months: string[] }>(
    `UNWIND $ids AS rid
     OPTIONAL MATCH (v:Evidence {relationId: rid})-[:FROM]->(a:Article)
     WITH rid, collect(DISTINCT a.source) AS outlets, collect(substring(a.published, 0, 7)) AS months
     RETURN rid AS id, outlets, months`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    const months = new Map<string, number>();
    for (const m of row?.months ?? []) months.set(m, (months.get(m) ?? 0) + 1);
    return {
      outlets: [...(row?.outlets ?? [])].sort(),
      evidenceByMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => ({ key, count })),
    };
  });
}
