/**
 * What is between two entities: their relations (either way, or one direction) with the
 * evidence inside a date window, summarized by class and type (pure summary, one query).
 */
import { evidenceTimeConditions, type DateBasis, type TimeScope } from './dates.ts';
import type { Executor } from './executor.ts';
import { ALL_RELATIONS, directionConditions, toGqlClass, type Direction } from './mapping.ts';

/** One relation of a pair with its evidence figures (inside the window). */
export interface PairRelationRow {
  id: string;
  type: string;
  class: string;
  evidence: number;
  articles: string[];
  first: string | null;
  last: string | null;
}

export interface PairCountRecord {
  key: string;
  relations: number;
  evidence: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface PairRecord {
  aId: string;
  bId: string;
  direction: Direction;
  from: string | null;
  to: string | null;
  /** Which time from/to read, and the day the pair is known as of. */
  by: DateBasis;
  asOf: string | null;
  /** The relations with evidence (inside the window): Pair.relations and Pair.evidence page over them. */
  relationIds: string[];
  relationCount: number;
  evidenceCount: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
  byClass: PairCountRecord[];
  byType: PairCountRecord[];
}

const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const latest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** Counts of the rows grouped by `keyOf`, most evidence first (then key). */
function countBy(rows: readonly PairRelationRow[], keyOf: (row: PairRelationRow) => string): PairCountRecord[] {
  const groups = new Map<string, { relations: number; evidence: number; articles: Set<string>; first: string | null; last: string | null }>();
  for (const row of rows) {
    const key = keyOf(row);
    const g = groups.get(key) ?? { relations: 0, evidence: 0, articles: new Set<string>(), first: null, last: null };
    g.relations++;
    g.evidence += row.evidence;
    for (const a of row.articles) g.articles.add(a);
    g.first = earliest(g.first, row.first);
    g.last = latest(g.last, row.last);
    groups.set(key, g);
  }
  return [...groups]
    .map(([key, g]) => ({ key, relations: g.relations, evidence: g.evidence, articles: g.articles.size, firstDate: g.first, lastDate: g.last }))
    .sort((x, y) => y.evidence - x.evidence || x.key.localeCompare(y.key));
}

/** The summary of a pair from its relation rows (rows without evidence in the window are left out). Pure. */
export function summarizePair(rows: readonly PairRelationRow[], ask: { aId: string; bId: string; direction: Direction; time: TimeScope | null }): PairRecord {
  const kept = rows.filter((r) => r.evidence > 0);
  const articles = new Set(kept.flatMap((r) => r.articles));
  const all = countBy(kept, () => 'all')[0];
  return {
    aId: ask.aId,
    bId: ask.bId,
    direction: ask.direction,
    from: ask.time?.window?.from ?? null,
    to: ask.time?.window?.to ?? null,
    by: ask.time?.by ?? 'PUBLISHED',
    asOf: ask.time?.asOf ?? null,
    relationIds: kept.map((r) => r.id),
    relationCount: kept.length,
    evidenceCount: all?.evidence ?? 0,
    articleCount: articles.size,
    firstDate: all?.firstDate ?? null,
    lastDate: all?.lastDate ?? null,
    byClass: countBy(kept, (r) => toGqlClass(r.class)),
    byType: countBy(kept, (r) => r.type),
  };
}

/** The relations between a and b (in `direction`, symmetric ones always) with their evidence figures inside the time scope. */
export async function pairRelations(db: Executor, a: string, b: string, direction: Direction, time: TimeScope | null): Promise<PairRelationRow[]> {
  const params: Record<string, unknown> = { a, b };
  const inWindow = evidenceTimeConditions(time, 'v', params);
  return db.read<PairRelationRow>(
    `MATCH (x:Entity {id: $a})-[r${ALL_RELATIONS}]-(y:Entity {id: $b}) WHERE ${['x <> y', ...directionConditions(direction, 'x', 'y')].join(' AND ')}
     CALL (r) {
       MATCH (v:Evidence {relationId: r.id})-[:FROM]->(art:Article) ${inWindow.length ? `WHERE ${inWindow.join(' AND ')}` : ''}
       RETURN count(v) AS evidence, collect(DISTINCT art.id) AS articles, min(art.published) AS first, max(art.published) AS last
     }
     RETURN r.id AS id, type(r) AS type, r.class AS class, evidence, articles, first, last`,
    params,
  );
}
