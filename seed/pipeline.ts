/**
 * The seed pipeline: extracts articles and loads them into Neo4j in batches, the extraction of
 * the next batch overlapping the load of the previous one. Neo4j works in its own process, so
 * this process's event loop is free while a batch loads; extraction yields to it after every
 * article so the batch's statements keep flowing. One batch is in flight at a time: batches
 * load in input order and memory stays bounded by two batches whatever the corpus size.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { articleOrigin, MAX_ARTICLE_CHARS, refuseArticle, shorten } from './article-limits.ts';
import { extractArticle } from './extract/extract.ts';
import { DatabaseUnavailableError, loadExtractions, type LoadStatus, type LoadTarget } from './load/neo4j-loader.ts';
import type { Article, Extraction } from './types.ts';

/**
 * What a source yields: the articles of one input (a file, named in messages) with the items of
 * it that failed alone (a broken JSON line) and warnings (an unreadable date), or why the whole
 * input failed.
 */
export type PipelineInput = { articles: Article[]; file?: string; failures?: string[]; warnings?: string[] } | { error: string };

export interface PipelineSummary {
  counts: Record<LoadStatus | 'failed', number>;
  failures: string[];
  warnings: string[];
  /** Relations not written (their end is unknown), each with its article and why. */
  refused: string[];
  /** Relations (evidence sentences) written by new and updated articles. */
  relations: number;
  /** Time spent extracting (it overlaps the loading, so it is not part of the wall time). */
  extractSeconds: number;
}

export interface PipelineOptions {
  /** Articles per transaction (default 400, see loadExtractions). */
  batchSize?: number;
  force?: boolean;
  /** Articles longer than this many characters fail (default MAX_ARTICLE_CHARS). */
  maxArticleChars?: number;
  /** Called after each batch, with the number of articles loaded so far (new, updated or unchanged). */
  onLoaded?: (articles: number) => void;
}

export async function extractAndLoad(target: LoadTarget, inputs: AsyncIterable<PipelineInput> | Iterable<PipelineInput>, options: PipelineOptions = {}): Promise<PipelineSummary> {
  const batchSize = options.batchSize ?? 400;
  const maxChars = options.maxArticleChars ?? MAX_ARTICLE_CHARS;
  const summary: PipelineSummary = { counts: { new: 0, updated: 0, unchanged: 0, failed: 0 }, failures: [], warnings: [], refused: [], relations: 0, extractSeconds: 0 };
  let loaded = 0;
  let inFlight: Promise<void> = Promise.resolve();
  // Kept until awaited, so a failed load is never an unhandled rejection while extraction runs.
  let loadError: unknown;
  const settle = async () => {
    await inFlight;
    if (loadError instanceof DatabaseUnavailableError) {
      const kept = summary.counts.new + summary.counts.updated + summary.counts.unchanged;
      throw new DatabaseUnavailableError(
        `${loadError.message}; ${kept} articles of this run were loaded before that and are kept: run the same command again once it is back (they will be skipped as unchanged)`,
        { cause: loadError },
      );
    }
    if (loadError !== undefined) throw loadError;
  };
  const startLoad = async (batch: Extraction[]) => {
    await settle();
    inFlight = loadExtractions(target, batch, { batchSize: batch.length, force: options.force ?? false }).then(
      (result) => {
        for (const status of ['new', 'updated', 'unchanged', 'failed'] as const) summary.counts[status] += result[status];
        summary.failures.push(...result.failures.map((f) => `${shorten(f.articleId)}: ${f.message}`));
        summary.refused.push(...result.refused.map((f) => `${f.articleId}: ${f.message}`));
        summary.relations += result.relations;
        loaded += result.new + result.updated + result.unchanged;
        options.onLoaded?.(loaded);
      },
      (error: unknown) => {
        loadError = error;
      },
    );
  };

  let pending: Extraction[] = [];
  for await (const input of inputs) {
    if ('error' in input) {
      summary.counts.failed++;
      summary.failures.push(input.error);
      continue;
    }
    summary.counts.failed += input.failures?.length ?? 0;
    summary.failures.push(...(input.failures ?? []));
    summary.warnings.push(...(input.warnings ?? []));
    for (const [index, article] of input.articles.entries()) {
      const refused = refuseArticle(article, articleOrigin(article, input.file, index, input.articles.length), maxChars);
      if (refused) {
        summary.counts.failed++;
        summary.failures.push(refused);
        continue;
      }
      const started = process.hrtime.bigint();
      try {
        pending.push(extractArticle(article));
      } catch (error) {
        // Not expected (extraction is total over parsed articles), but one article never stops the rest.
        summary.counts.failed++;
        summary.failures.push(`${articleOrigin(article, input.file, index, input.articles.length)}: extraction failed (${(error as Error).message})`);
      }
      summary.extractSeconds += Number(process.hrtime.bigint() - started) / 1e9;
      if (pending.length >= batchSize) {
        await startLoad(pending);
        pending = [];
      }
      await nextTurn();
    }
  }
  if (pending.length > 0) await startLoad(pending);
  await settle();
  return summary;
}
