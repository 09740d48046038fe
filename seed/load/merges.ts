/**
 * Curation: merging two entities, and the merge decisions that make it last. A merge leaves a
 * (:Redirect {from, to}) node; every later load rewrites the removed id to the kept entity
 * (seed/load/prepare.ts), so re-ingesting an article that names the removed entity does not
 * bring it back. A merge can be listed and undone.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { toCypherParams } from '../../db/connection.ts';
import { extractArticle } from '../extract/extract.ts';
import type { Article } from '../types.ts';
import { RELATION_TYPES } from '../vocabulary.ts';
import { recomputeAggregates, writeArticles, type LoadTarget } from './neo4j-loader.ts';
import { relationId, relationshipType } from './plan.ts';

/** Re-keys the relations of `remove` onto `keep`; returns the relation ids whose aggregates need recomputing. */
async function moveRelations(tx: ManagedTransaction, keep: string, remove: string): Promise<string[]> {
  const rels = await tx.run(
    `MATCH (x:Entity {id: $remove})-[r]-(o:Entity) WHERE r.id IS NOT NULL
     RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId`,
    { remove },
  );
  const touched = new Set<string>();
  for (const record of rels.records) {
    const type = relationshipType(record.get('type') as string);
    const swap = (id: string) => (id === remove ? keep : id);
    const [s, t] = [swap(record.get('sourceId') as string), swap(record.get('targetId') as string)];
    const oldId = record.get('id') as string;
    await tx.run(`MATCH ()-[r:${type} {id: $oldId}]->() DELETE r`, { oldId });
    if (s === t) {
      // A relation between the two merged entities would become a self-loop: drop it and its evidence.
      await tx.run('MATCH (v:Evidence {relationId: $oldId}) DETACH DELETE v', { oldId });
      continue;
    }
    const newId = relationId(s, type, t);
    const info = RELATION_TYPES[type];
    const [sourceId, targetId] = info.symmetric && s > t ? [t, s] : [s, t];
    await tx.run(
      `MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId})
       MERGE (s)-[r:${type} {id: $newId}]->(t)
       ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric`,
      { sourceId, targetId, newId, class: info.class, cameo: info.cameo, symmetric: info.symmetric },
    );
    await tx.run(
      `MATCH (v:Evidence {relationId: $oldId})
       SET v.relationId = $newId, v.sourceId = $sourceId, v.targetId = $targetId,
           v.id = v.articleId + '|' + $newId + '|' + toString(v.start)`,
      { oldId, newId, sourceId, targetId },
    );
    touched.add(newId);
  }
  return [...touched];
}

/**
 * Rewrites the events that name `remove` onto `keep`, with the ids a reload would give them (each
 * actor once, a pair's parties in id order); a ceasefire or peace between the two merged entities goes.
 * Merges are rare: the events are found by their instrument's index and by a scan of their actors.
 */
async function moveEvents(tx: ManagedTransaction, keep: string, remove: string): Promise<void> {
  await tx.run(
    `MATCH (e:Event) WHERE e.instrumentId = $remove OR $remove IN e.actorIds
     WITH e, [x IN e.actorIds | CASE x WHEN $remove THEN $keep ELSE x END] AS mapped
     WITH e, [i IN range(0, size(mapped) - 1) WHERE NOT mapped[i] IN mapped[0..i] | mapped[i]] AS actors,
          CASE e.instrumentId WHEN $remove THEN $keep ELSE e.instrumentId END AS instrument, e.pair IS NOT NULL AS isPair
     CALL (e, actors, isPair) { WITH e WHERE isPair AND size(actors) < 2 DETACH DELETE e }
     WITH e, actors, instrument, isPair WHERE NOT isPair OR size(actors) = 2
     WITH e, instrument, isPair, CASE WHEN NOT isPair OR actors[0] < actors[1] THEN actors ELSE [actors[1], actors[0]] END AS actors
     SET e.actorIds = actors, e.instrumentId = instrument,
         e.pair = CASE WHEN isPair THEN actors[0] + '|' + actors[1] ELSE null END,
         e.id = e.articleId + '|' + e.kind + '|' + CASE WHEN isPair THEN actors[0] + ',' + actors[1] ELSE coalesce(instrument, '') END + '|' + toString(e.start)`,
    { keep, remove },
  );
}

/** What mergeEntities did: merged, or why not (ids not found; entities of two types). */
export type MergeOutcome = { status: 'merged' } | { status: 'missing'; ids: string[] } | { status: 'type-mismatch'; keepType: string; removeType: string } | { status: 'same' };

/**
 * Merges entity `remove` into `keep` in one transaction: mentions and aliases move over, each
 * relation is re-keyed to its new (source, type, target) id, folded into the kept entity's
 * relation when that already exists, and its aggregates recomputed from the moved evidence; a
 * redirect records the decision for later loads. Refused, with nothing written, when either
 * entity does not exist or they are of different types (a Person merged into a Country would
 * make its OFFICIAL_OF relations say that one country is an official of another).
 */
export async function mergeEntities(target: LoadTarget, keep: string, remove: string, now = new Date()): Promise<MergeOutcome> {
  if (keep === remove) return { status: 'same' };
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx): Promise<MergeOutcome> => {
      const found = await tx.run('MATCH (e:Entity) WHERE e.id IN [$keep, $remove] RETURN e.id AS id, e.type AS type', { keep, remove });
      const types = new Map(found.records.map((r) => [r.get('id') as string, r.get('type') as string]));
      const missing = [keep, remove].filter((id) => !types.has(id));
      if (missing.length > 0) return { status: 'missing', ids: missing };
      if (types.get(keep) !== types.get(remove)) return { status: 'type-mismatch', keepType: types.get(keep)!, removeType: types.get(remove)! };
      await recomputeAggregates(tx, await moveRelations(tx, keep, remove));
      await moveEvents(tx, keep, remove);
      await tx.run(
        `MATCH (k:Entity {id: $keep}), (x:Entity {id: $remove})
         CALL (k, x) {
           MATCH (a:Article)-[m:MENTIONS]->(x)
           MERGE (a)-[m2:MENTIONS]->(k)
           WITH m, m2, coalesce(m2.offsets, []) + m.offsets AS offsets
           CALL (offsets) {
             UNWIND range(0, size(offsets) / 2 - 1) AS i
             WITH offsets[2 * i] AS s, offsets[2 * i + 1] AS e ORDER BY s, e
             RETURN reduce(acc = [], p IN collect([s, e]) | acc + p) AS sorted
           }
           SET m2.offsets = sorted, m2.count = size(sorted) / 2
         }
         WITH k, x, [a IN coalesce(x.aliases, []) + [x.name] WHERE NOT a IN k.aliases AND a <> k.name] AS added
         CREATE (:Redirect {from: x.id, to: k.id, fromName: x.name, fromType: x.type, fromAliases: coalesce(x.aliases, []),
                            toName: k.name, toType: k.type, toKnown: k.known, toWikidata: k.wikidata, toIso2: k.iso2, toIso3: k.iso3,
                            toCountry: k.country, addedAliases: added, mergedAt: $now})
         WITH k, x, added
         CALL (k, added) {
           UNWIND k.aliases + added AS alias
           WITH DISTINCT alias ORDER BY alias
           RETURN collect(alias) AS aliases
         }
         SET k.aliases = aliases, k.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
         DETACH DELETE x`,
        { keep, remove, now: now.toISOString() },
      );
      return { status: 'merged' };
    });
  } finally {
    await session.close();
  }
}

/** A merge decision as recorded. */
export interface MergeRecord {
  removedId: string;
  removedName: string;
  removedType: string;
  keptId: string;
  keptName: string;
  mergedAt: string;
}

/** The merges recorded, newest first; $entityId (or null) keeps those into or out of that entity; $first caps them. */
export const MERGES_QUERY = `MATCH (r:Redirect) WHERE $entityId IS NULL OR r.from = $entityId OR r.to = $entityId
  RETURN r.from AS removedId, r.fromName AS removedName, r.fromType AS removedType, r.to AS keptId, r.toName AS keptName, r.mergedAt AS mergedAt
  ORDER BY r.mergedAt DESC, r.from LIMIT $first`;

/** The merges recorded, newest first (for curation); `entityId` keeps those into or out of that entity. */
export async function listMerges(target: LoadTarget, options: { first?: number; entityId?: string | undefined } = {}): Promise<MergeRecord[]> {
  const { records } = await target.driver.executeQuery(
    MERGES_QUERY,
    toCypherParams({ entityId: options.entityId ?? null, first: Math.trunc(options.first ?? 50) }),
    { database: target.database, routing: 'READ' },
  );
  return records.map((r) => r.toObject() as MergeRecord);
}

export interface UndoResult {
  restoredId: string;
  keptId: string;
  /** Articles re-extracted and reloaded to move the removed entity's mentions and relations back. */
  reloadedArticles: number;
}

/** Names of the removed entity and of the entities merged into it before (a chain). */
async function namesMergedInto(tx: ManagedTransaction, id: string): Promise<string[]> {
  const { records } = await tx.run(
    `MATCH (r:Redirect {from: $id})
     OPTIONAL MATCH (earlier:Redirect) WHERE earlier.to = $id
     WITH r, collect(earlier) AS earlier
     RETURN [r.fromName] + r.fromAliases + reduce(acc = [], e IN earlier | acc + [e.fromName] + e.fromAliases) AS names`,
    { id },
  );
  return (records[0]?.get('names') as string[] | undefined) ?? [];
}

/**
 * Undoes the merge of `removedId`: deletes its redirect, takes the aliases the merge added off
 * the kept entity, and re-extracts and reloads, in the same transaction, the articles of the
 * kept entity that name the removed one, so its mentions and relations return to it. Returns
 * undefined when no merge of that id is recorded.
 */
export async function undoMerge(target: LoadTarget, removedId: string): Promise<UndoResult | undefined> {
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (r:Redirect {from: $id}) RETURN r.to AS keptId, r.addedAliases AS added', { id: removedId });
      const record = found.records[0];
      if (!record) return undefined;
      const keptId = record.get('keptId') as string;
      const names = await namesMergedInto(tx, removedId);
      await tx.run(
        `MATCH (r:Redirect {from: $id}) DELETE r
         WITH 1 AS done
         OPTIONAL MATCH (k:Entity {id: $keptId})
         WITH k WHERE k IS NOT NULL
         WITH k, [a IN k.aliases WHERE NOT a IN $added] AS aliases
         SET k.aliases = aliases, k.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)`,
        { id: removedId, keptId, added: record.get('added') as string[] },
      );
      const articles = await tx.run(
        `MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $keptId}) WHERE any(n IN $names WHERE a.text CONTAINS n)
         RETURN a { .title, .text, .url, .published, .source } AS article ORDER BY a.id`,
        { keptId, names: names.filter((n) => n.length > 0) },
      );
      const extractions = articles.records.map((r) => {
        const a = r.get('article') as Record<string, string | null>;
        const article: Article = { title: a.title ?? '', text: a.text ?? '', url: a.url ?? undefined, published: a.published ?? undefined, source: a.source ?? undefined };
        return extractArticle(article);
      });
      if (extractions.length > 0) await writeArticles(tx, extractions, { force: true });
      return { restoredId: removedId, keptId, reloadedArticles: extractions.length };
    });
  } finally {
    await session.close();
  }
}
