/**
 * Runs the planned writes against Neo4j: a batch of articles per transaction, or one article
 * (executeWrite, so a cluster routes it to the leader); nothing of a failing article left behind.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isUnavailableError, toCypherParams } from '../../db/connection.ts';
import { gazetteer } from '../gazetteer/index.ts';
import type { Extraction } from '../types.ts';
import { aggregate, type ArticleSupport } from './aggregates.ts';
import {
  articleHash,
  articleId,
  deleteOrphansStatement,
  planBatch,
  readOldVersionsStatement,
  relationshipType,
  schemaStatements,
  setAggregatesStatement,
  supportStatement,
  type OldVersion,
  type Statement,
} from './plan.ts';
import { prepareExtraction, type RedirectTarget } from './prepare.ts';

// Curation lives in merges.ts; re-exported so callers keep one loader import.
export { mergeEntities } from './merges.ts';

export interface LoadTarget {
  driver: Driver;
  database: string;
}

export type LoadStatus = 'new' | 'updated' | 'unchanged';

export interface LoadResult {
  articleId: string;
  status: LoadStatus;
  /** Entities and relations (evidence sentences) of the article as written: refused relations are not counted. */
  entities: number;
  relations: number;
  /** Relations not written, each with why. */
  refused: string[];
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

export async function run(tx: ManagedTransaction, statement: Statement) {
  return tx.run(statement.cypher, toCypherParams(statement.params));
}

const typeOfRelationId = (id: string) => relationshipType(id.slice(0, id.indexOf(':')));

/** The redirects (merge decisions) of these entity ids, followed to the entity they end on. */
export async function lookupRedirects(tx: ManagedTransaction, ids: string[]): Promise<Map<string, RedirectTarget>> {
  const hops = new Map<string, RedirectTarget>();
  let pending = [...new Set(ids)];
  // A chain (A merged into B, B later into C) is short and cannot loop: a redirect's source never exists as an entity.
  for (let depth = 0; pending.length > 0 && depth < 20; depth++) {
    const { records } = await tx.run(
      `UNWIND $ids AS id MATCH (r:Redirect {from: id})
       RETURN r.from AS from, r { id: r.to, name: r.toName, type: r.toType, known: r.toKnown, wikidata: r.toWikidata, iso2: r.toIso2, iso3: r.toIso3, country: r.toCountry } AS to`,
      { ids: pending },
    );
    pending = [];
    for (const record of records) {
      const to = record.get('to') as RedirectTarget;
      hops.set(record.get('from') as string, to);
      if (!hops.has(to.id)) pending.push(to.id);
    }
  }
  const resolved = new Map<string, RedirectTarget>();
  for (const from of hops.keys()) {
    let to = hops.get(from) as RedirectTarget;
    for (let i = 0; i < 20 && hops.has(to.id); i++) to = hops.get(to.id) as RedirectTarget;
    resolved.set(from, to);
  }
  return resolved;
}

const knownIdentity = (id: string) => gazetteer().byId.get(id);

/** Relation ends and entities of extractions: the ids a redirect may apply to. */
const entityIdsOf = (extractions: Extraction[]) => extractions.flatMap((e) => [...e.entities.map((x) => x.id), ...e.relations.flatMap((r) => [r.sourceId, r.targetId])]);

/** Reads the stored versions of articles inside a transaction (what an update or removal changes). */
async function readOldVersions(tx: ManagedTransaction, ids: string[]): Promise<OldVersion[]> {
  if (ids.length === 0) return [];
  const result = await run(tx, readOldVersionsStatement(ids));
  return result.records.map((record) => record.toObject() as unknown as OldVersion);
}

/**
 * Inside a transaction: skips the articles whose content hash is unchanged (unless forced),
 * reads the stored version of changed ones (and of `removeIds`), writes only the difference
 * (planBatch: changed evidence and mentions, each relation's net change of support), then
 * deletes the entities nothing supports any more.
 * Returns each article's outcome, in order.
 */
export async function writeArticles(tx: ManagedTransaction, batch: Extraction[], options: LoadOptions = {}, removeIds: string[] = []): Promise<LoadResult[]> {
  const ids = batch.map((e) => articleId(e.article));
  const existing = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.hash AS hash', { ids });
  const previous = new Map(existing.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
  const redirects = await lookupRedirects(tx, entityIdsOf(batch));
  const prepared = batch.map((extraction) => prepareExtraction(extraction, redirects, knownIdentity));
  const results: LoadResult[] = [];
  const toWrite: Extraction[] = [];
  const toReplace: string[] = [...removeIds];
  for (const [i, { extraction, refused }] of prepared.entries()) {
    const id = ids[i] as string;
    const old = previous.get(id);
    const status: LoadStatus = old === undefined ? 'new' : old === articleHash(extraction.article) && !options.force ? 'unchanged' : 'updated';
    results.push({ articleId: id, status, entities: extraction.entities.length, relations: extraction.relations.length, refused });
    if (status === 'unchanged') continue;
    if (status === 'updated') toReplace.push(id);
    toWrite.push(extraction);
  }
  if (toWrite.length === 0 && toReplace.length === 0) return results;
  const plan = planBatch(toWrite, (options.now ?? new Date()).toISOString(), await readOldVersions(tx, toReplace));
  for (const [index, statement] of plan.statements.entries()) {
    await run(tx, statement);
    await options.afterStatement?.(index);
  }
  if (plan.orphanCandidates.length > 0) await run(tx, deleteOrphansStatement(plan.orphanCandidates));
  return results;
}

/** Sets relations' aggregates from the evidence they have now (after evidence was moved by a merge, or to repair them). */
export async function recomputeAggregates(tx: ManagedTransaction, relationIds: string[]): Promise<void> {
  if (relationIds.length === 0) return;
  const supports = await run(tx, supportStatement(relationIds));
  const found = new Map(supports.records.map((record) => [record.get('relationId') as string, record.get('articles') as ArticleSupport[]]));
  const rows = relationIds.map((relationId) => ({ relationId, type: typeOfRelationId(relationId), ...aggregate(found.get(relationId) ?? []) }));
  for (const statement of setAggregatesStatement(rows)) await run(tx, statement);
}

/** Loads one extracted article: new, updated (replacing its previous evidence) or unchanged. */
export async function loadExtraction(target: LoadTarget, extraction: Extraction, options: LoadOptions = {}): Promise<LoadResult> {
  const session = target.driver.session({ database: target.database });
  try {
    const [result] = await session.executeWrite((tx) => writeArticles(tx, [extraction], options));
    return result as LoadResult;
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
  /** Relations written (evidence sentences) by the new and updated articles. */
  relations: number;
  /** Relations refused, with the article and why. */
  refused: { articleId: string; message: string }[];
}

function count(summary: BatchSummary, results: LoadResult[]): void {
  for (const result of results) {
    summary[result.status]++;
    if (result.status !== 'unchanged') summary.relations += result.relations;
    summary.refused.push(...result.refused.map((message) => ({ articleId: result.articleId, message })));
  }
}

/**
 * Loads many articles, `batchSize` per transaction. Unchanged articles are skipped, changed ones
 * replaced. When a batch fails, its articles are loaded one by one, so a bad article leaves
 * nothing of itself behind and the others still load. When Neo4j cannot be reached, throws
 * DatabaseUnavailableError (batches committed before stay).
 */
export async function loadExtractions(target: LoadTarget, extractions: Extraction[], options: { batchSize?: number; force?: boolean; onProgress?: (done: number) => void } = {}): Promise<BatchSummary> {
  const summary: BatchSummary = { new: 0, updated: 0, unchanged: 0, failed: 0, failures: [], relations: 0, refused: [] };
  // 400 articles per transaction: about 30% faster than 100 at 4,000 articles, no gain at 1,000 (bench/load --batch).
  const batchSize = options.batchSize ?? 400;
  for (let i = 0; i < extractions.length; i += batchSize) {
    // One article id once per batch: a later duplicate goes to the next batch's check.
    const batch = extractions.slice(i, i + batchSize);
    try {
      count(summary, await loadBatch(target, batch, options.force ?? false));
    } catch (batchError) {
      if (isUnavailableError(batchError)) throw DatabaseUnavailableError.from(batchError);
      for (const extraction of batch) {
        try {
          count(summary, [await loadExtraction(target, extraction, { force: options.force ?? false })]);
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

async function loadBatch(target: LoadTarget, batch: Extraction[], force: boolean): Promise<LoadResult[]> {
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
      await writeArticles(tx, [], {}, [id]);
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

