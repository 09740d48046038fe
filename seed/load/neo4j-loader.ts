/**
 * Runs the planned writes against Neo4j: a batch of articles per transaction, or one article
 * (executeWrite, so a cluster routes it to the leader); nothing of a failing article left behind.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isUnavailableError, toCypherParams } from '../../db/connection.ts';
import type { Extraction } from '../types.ts';
import { RELATION_TYPES } from '../vocabulary.ts';
import {
  aggregate,
  resetAggregatesStatement,
  supportStatement,
  type ArticleSupport,
  articleHash,
  articleId,
  loadBatchStatements,
  relationId,
  relationshipType,
  removeArticleStatements,
  schemaStatements,
  type Statement,
} from './plan.ts';

export interface LoadTarget {
  driver: Driver;
  database: string;
}

export type LoadStatus = 'new' | 'updated' | 'unchanged';

export interface LoadResult {
  articleId: string;
  status: LoadStatus;
  entities: number;
  relations: number;
}

export interface LoadOptions {
  /** Reload even when the article's content hash is unchanged. */
  force?: boolean;
  /** Test hook: called after each statement inside the transaction (a throw rolls it back). */
  afterStatement?: (index: number) => void | Promise<void>;
  /** Ingest time to record (defaults to now). */
  now?: Date;
}

/** Creates constraints and indexes (idempotent); waits until the indexes are online. */
export async function ensureSchema({ driver, database }: LoadTarget): Promise<void> {
  for (const { cypher, params } of schemaStatements()) await driver.executeQuery(cypher, params, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

async function run(tx: ManagedTransaction, statement: Statement) {
  return tx.run(statement.cypher, toCypherParams(statement.params));
}

/** Removes an article's old version inside a transaction and re-aggregates what it supported. */
async function removeWithin(tx: ManagedTransaction, id: string): Promise<void> {
  const [evidence, article] = removeArticleStatements(id);
  if (!evidence || !article) return;
  const result = await run(tx, evidence);
  const survivors = (result.records[0]?.get('survivors') ?? []) as { relationId: string; sourceId: string; targetId: string }[];
  await recomputeAggregates(tx, survivors);
  await run(tx, article);
}

/** Sets relations' aggregates from the evidence they have now (after evidence was removed or moved). */
async function recomputeAggregates(tx: ManagedTransaction, relations: { relationId: string; sourceId: string; targetId: string }[]): Promise<void> {
  if (relations.length === 0) return;
  const supports = await run(tx, supportStatement(relations));
  const rows = supports.records.map((record) => ({
    relationId: record.get('relationId') as string,
    sourceId: record.get('sourceId') as string,
    targetId: record.get('targetId') as string,
    ...aggregate(record.get('articles') as ArticleSupport[]),
  }));
  await run(tx, resetAggregatesStatement(rows));
}

/**
 * Inside a transaction: skips the articles whose content hash is unchanged (unless forced),
 * removes the old version of changed ones, then writes the rest together. Returns each
 * article's status, in order.
 */
async function writeArticles(tx: ManagedTransaction, batch: Extraction[], options: LoadOptions): Promise<LoadStatus[]> {
  const ids = batch.map((e) => articleId(e.article));
  const existing = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.hash AS hash', { ids });
  const previous = new Map(existing.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
  const statuses: LoadStatus[] = [];
  const toWrite: Extraction[] = [];
  for (const [i, extraction] of batch.entries()) {
    const id = ids[i] as string;
    const old = previous.get(id);
    if (old === articleHash(extraction.article) && !options.force) statuses.push('unchanged');
    else {
      if (old !== undefined) await removeWithin(tx, id);
      statuses.push(old === undefined ? 'new' : 'updated');
      toWrite.push(extraction);
    }
  }
  if (toWrite.length === 0) return statuses;
  for (const [index, statement] of loadBatchStatements(toWrite, (options.now ?? new Date()).toISOString()).entries()) {
    await run(tx, statement);
    await options.afterStatement?.(index);
  }
  return statuses;
}

/** Loads one extracted article: new, updated (replacing its previous evidence) or unchanged. */
export async function loadExtraction(target: LoadTarget, extraction: Extraction, options: LoadOptions = {}): Promise<LoadResult> {
  const session = target.driver.session({ database: target.database });
  try {
    const statuses = await session.executeWrite((tx) => writeArticles(tx, [extraction], options));
    return { articleId: articleId(extraction.article), status: statuses[0] as LoadStatus, entities: extraction.entities.length, relations: extraction.relations.length };
  } finally {
    await session.close();
  }
}

/**
 * Neo4j could not be reached (after the driver's retries): loading stops instead of trying every
 * remaining article on its own. What was committed before stays; a re-run skips it as unchanged.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';

  static from(cause: unknown): DatabaseUnavailableError {
    return new DatabaseUnavailableError(`Neo4j became unreachable (${(cause as Error).message?.split('\n')[0] ?? 'no answer'})`, { cause });
  }
}

export interface BatchSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: { articleId: string; message: string }[];
}

/**
 * Loads many articles, `batchSize` per transaction. Unchanged articles are skipped, changed ones
 * replaced. When a batch fails, its articles are loaded one by one, so a bad article leaves
 * nothing of itself behind and the others still load. When Neo4j cannot be reached, throws
 * DatabaseUnavailableError (batches committed before stay).
 */
export async function loadExtractions(target: LoadTarget, extractions: Extraction[], options: { batchSize?: number; force?: boolean; onProgress?: (done: number) => void } = {}): Promise<BatchSummary> {
  const summary: BatchSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, failures: [] };
  // 400 articles per transaction: about 30% faster than 100 at 4,000 articles, no gain at 1,000 (bench/load --batch).
  const batchSize = options.batchSize ?? 400;
  for (let i = 0; i < extractions.length; i += batchSize) {
    // One article id once per batch: a later duplicate goes to the next batch's check.
    const batch = extractions.slice(i, i + batchSize);
    try {
      const statuses = await loadBatch(target, batch, options.force ?? false);
      for (const status of statuses) summary[status]++;
    } catch (batchError) {
      if (isUnavailableError(batchError)) throw DatabaseUnavailableError.from(batchError);
      for (const extraction of batch) {
        try {
          summary[(await loadExtraction(target, extraction, { force: options.force ?? false })).status]++;
        } catch (error) {
          if (isUnavailableError(error)) throw DatabaseUnavailableError.from(error);
          summary.failed++;
          summary.failures.push({ articleId: articleId(extraction.article), message: (error as Error).message.split('\n')[0] ?? '' });
        }
      }
    }
    options.onProgress?.(Math.min(extractions.length, i + batchSize));
  }
  return summary;
}

async function loadBatch(target: LoadTarget, batch: Extraction[], force: boolean): Promise<LoadStatus[]> {
  const ids = batch.map((e) => articleId(e.article));
  if (new Set(ids).size !== ids.length) throw new Error('duplicate article in batch');
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite((tx) => writeArticles(tx, batch, { force }));
  } finally {
    await session.close();
  }
}

/** Removes an article, its evidence, and the relations and entities nothing else supports. */
export async function removeArticle(target: LoadTarget, id: string): Promise<boolean> {
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
      if (Number(found.records[0]?.get('n') ?? 0) === 0) return false;
      await removeWithin(tx, id);
      return true;
    });
  } finally {
    await session.close();
  }
}

/** Counts for the seed summary. */
export async function graphCounts({ driver, database }: LoadTarget): Promise<{ articles: number; entities: number; relations: number; evidence: number }> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS relations }
     CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
     RETURN articles, entities, relations, evidence`,
    {},
    { database, routing: 'READ' },
  );
  const r = records[0];
  return {
    articles: Number(r?.get('articles') ?? 0),
    entities: Number(r?.get('entities') ?? 0),
    relations: Number(r?.get('relations') ?? 0),
    evidence: Number(r?.get('evidence') ?? 0),
  };
}

/**
 * Merges entity `remove` into `keep` in one transaction: mentions and aliases move over, each
 * relation is re-keyed to its new (source, type, target) id, folded into the kept entity's
 * relation when that already exists, and its aggregates recomputed from the moved evidence.
 * Returns false when either entity does not exist.
 */
export async function mergeEntities(target: LoadTarget, keep: string, remove: string): Promise<boolean> {
  const session = target.driver.session({ database: target.database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (e:Entity) WHERE e.id IN [$keep, $remove] RETURN count(e) AS n', { keep, remove });
      if (Number(found.records[0]?.get('n')) !== 2) return false;
      const rels = await tx.run(
        `MATCH (x:Entity {id: $remove})-[r]-(o:Entity) WHERE r.id IS NOT NULL
         RETURN r.id AS id, type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId`,
        { remove },
      );
      const touched = new Map<string, { relationId: string; sourceId: string; targetId: string }>();
      for (const record of rels.records) {
        const type = relationshipType(record.get('type') as string);
        const swap = (id: string) => (id === remove ? keep : id);
        const [s, t] = [swap(record.get('sourceId') as string), swap(record.get('targetId') as string)];
        const oldId = record.get('id') as string;
        if (s === t) {
          // A relation between the two merged entities would become a self-loop: drop it and its evidence.
          await tx.run('MATCH (v:Evidence {relationId: $oldId}) DETACH DELETE v', { oldId });
          await tx.run(`MATCH ()-[r:${type} {id: $oldId}]->() DELETE r`, { oldId });
          continue;
        }
        const newId = relationId(s, type, t);
        const [sourceId, targetId] = RELATION_TYPES[type].symmetric && s > t ? [t, s] : [s, t];
        const info = RELATION_TYPES[type];
        await tx.run(`MATCH ()-[r:${type} {id: $oldId}]->() DELETE r`, { oldId });
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
        touched.set(newId, { relationId: newId, sourceId, targetId });
      }
      await recomputeAggregates(tx, [...touched.values()]);
      await tx.run(
        `MATCH (k:Entity {id: $keep}), (x:Entity {id: $remove})
         CALL (k, x) {
           MATCH (a:Article)-[m:MENTIONS]->(x)
           MERGE (a)-[m2:MENTIONS]->(k)
           SET m2.offsets = coalesce(m2.offsets, []) + m.offsets, m2.count = size(m2.offsets) / 2
         }
         SET k.aliases = k.aliases + [a IN coalesce(x.aliases, []) + [x.name] WHERE NOT a IN k.aliases]
         SET k.aliasText = reduce(s = '', a IN k.aliases | s + ' ' + a)
         DETACH DELETE x`,
        { keep, remove },
      );
      return true;
    });
  } finally {
    await session.close();
  }
}
