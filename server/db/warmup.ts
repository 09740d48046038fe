/**
 * Plans the common query shapes ahead of the first clients. Neo4j plans a query text the first
 * time it sees it (0.4–0.65 s for the larger ones here, on a busy core) and caches the plan by
 * text; after a restart, the first clients of a busy server would each wait for those plans, on
 * the cores that also serve everyone else. EXPLAIN plans and caches without running (the cache
 * strips EXPLAIN from its key), so the server runs each shape it will need once, through the same
 * db/ functions that build them, with representative arguments of the right types.
 */
import { articleById, articlePage, countArticles, countMentions, mentionPage } from './articles.ts';
import { countEntities, degreesByIds, entitiesByIds, entityPage, relationCounts, searchEntities } from './entities.ts';
import { countEvidence, evidencePages } from './evidence.ts';
import type { Executor } from './executor.ts';
import { relationFacets } from './facets.ts';
import { neighborhood, pairTimeline, shortestPaths } from './graph.ts';
import { pairRelations } from './pairs.ts';
import { countRelations, relationPage, relationsByIds } from './relations.ts';
import { graphStats } from './stats.ts';

/** The executor that plans instead of running: each call is EXPLAINed and answers no rows. */
function planner(db: Executor): Executor & { planned: number } {
  const explain = async (cypher: string, params: Record<string, unknown> = {}) => {
    await db.read(`EXPLAIN ${cypher}`, params);
    planner.planned++;
    return [];
  };
  const planner = { driver: db.driver, database: db.database, planned: 0, read: explain, write: explain };
  return planner;
}

/** Shapes the explorer and the mixed workload of bench/api use, with no filter (the common case). */
function commonShapes(db: Executor): (() => Promise<unknown>)[] {
  const ids = ['Q1', 'Q2'];
  const noScope = { window: null, articleId: null };
  return [
    () => searchEntities(db, 'warm', null, 10),
    () => entitiesByIds(db, ids),
    () => degreesByIds(db, ids),
    () => relationsByIds(db, ['SUPPORTS:x']),
    () => relationCounts(db, 'Q1'),
    () => neighborhood(db, ['Q1'], 1, null, 200),
    // The explorer's path search asks for 4 hops; the API's default is 4 and each bound is its own text.
    ...[1, 2, 3, 4, 5, 6].map((hops) => () => shortestPaths(db, 'Q1', 'Q2', hops, null, 5)),
    () => relationPage(db, {}, null, 50),
    () => countRelations(db, {}),
    () => relationPage(db, { anchor: { id: 'Q1', direction: 'BOTH' } }, null, 20),
    () => countRelations(db, { anchor: { id: 'Q1', direction: 'BOTH' } }),
    () => entityPage(db, null, null, null, 50),
    () => countEntities(db, null),
    () => articleById(db, 'url:x'),
    () => articlePage(db, null, null, null, 20),
    () => countArticles(db, { entityId: 'Q1' }),
    () => mentionPage(db, 'url:x', null, 500),
    () => countMentions(db, 'url:x'),
    () => evidencePages(db, [{ relationIds: ['SUPPORTS:x'], after: null }], noScope, null, 20),
    () => countEvidence(db, [['SUPPORTS:x']], noScope),
    () => relationFacets(db, ['SUPPORTS:x']),
    () => pairRelations(db, 'Q1', 'Q2', 'BOTH', null),
    () => pairTimeline(db, 'Q1', 'Q2', 'MONTH'),
    () => graphStats(db),
  ];
}

/** Plans the common shapes, one at a time (planning is CPU the clients need too); resolves to how many were planned. */
export async function warmQueryPlans(db: Executor): Promise<number> {
  const explaining = planner(db);
  for (const shape of commonShapes(explaining)) {
    // A function that reads its rows (stats) fails on none: its query is planned by then.
    await shape().catch(() => undefined);
  }
  return explaining.planned;
}
