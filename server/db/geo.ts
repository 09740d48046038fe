/** Where entities are: the country a person, an organization or a place belongs to by its relations, when it has none of its own. */
import type { Executor } from './executor.ts';

/**
 * For each id, the ISO code of the country the graph relates it to: an OFFICIAL_OF, PART_OF or
 * LOCATED_IN relation to a country (the one with most articles), else null.
 */
export async function countriesByRelation(db: Executor, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read<{ id: string; iso2: string }>(
    `MATCH (e:Entity) WHERE e.id IN $ids
     CALL (e) {
       MATCH (e)-[r:OFFICIAL_OF|PART_OF|LOCATED_IN]->(c:Country) WHERE c.iso2 IS NOT NULL
       RETURN c.iso2 AS iso2 ORDER BY r.articleCount DESC, c.iso2 LIMIT 1
     }
     RETURN e.id AS id, iso2`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((r) => [r.id, r.iso2]));
  return ids.map((id) => byId.get(id) ?? null);
}
