/**
 * npm run seed -- [PATH...] | --remove ARTICLE_ID
 * Extracts and loads articles into Neo4j (the bundled samples when no path is given) through the
 * pipeline (seed/pipeline.ts: batched transactions, a failing article isolated); prints progress
 * and a summary. Exit 1 when any article failed.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { LocalNeo4jError } from '../db/neo4j-local.ts';
import { ensureSchema, graphCounts, removeArticle, type LoadTarget } from './load/neo4j-loader.ts';
import { extractAndLoad, type PipelineInput, type PipelineSummary } from './pipeline.ts';
import { expandPaths, readInput, skippedLine } from './parse/read-inputs.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('./samples', import.meta.url));

export type SeedSummary = Pick<PipelineSummary, 'counts' | 'failures' | 'warnings' | 'refused' | 'relations'> & {
  /** Files of a folder in a format the seed does not read (a .pdf), by name. */
  skipped: string[];
};

export interface SeedOptions {
  progress?: boolean;
  force?: boolean;
  batchSize?: number;
  maxArticleChars?: number;
}

/** An input that holds no article at all: an empty folder, or one with no supported file. */
export class NoArticlesError extends Error {
  override name = 'NoArticlesError';
}

/** Extracts and loads every article under the paths; one failing article never stops the others. */
export async function seedPaths(target: LoadTarget, paths: string[], options: SeedOptions = {}): Promise<SeedSummary> {
  await ensureSchema(target);
  const { files, missing, skipped } = await expandPaths(paths);
  if (files.length === 0 && missing.length === 0) {
    const what = skipped.length > 0 ? `only files in formats it cannot read (${skipped.join(', ')})` : 'no files';
    throw new NoArticlesError(`${paths.join(', ')}: no articles to load: ${what}. Inputs: .txt .md .html .xml/.rss/.atom feeds, .jsonl`);
  }
  const bar = options.progress
    ? new cliProgress.SingleBar({ format: 'Loading {bar} {value}/{total} files | {articles} articles loaded ({rate}/s) | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  const started = Date.now();
  bar?.start(files.length, 0, { file: '', articles: 0, rate: 0 });
  async function* inputs(): AsyncGenerator<PipelineInput> {
    for (const path of missing) yield { error: `${path}: no such file or folder` };
    for (const file of files) {
      bar?.update({ file: file.split('/').pop() });
      const input = await readInput(file);
      yield 'error' in input ? { error: input.error.message } : { articles: input.articles, file, failures: input.failed.map((e) => e.message), warnings: input.warnings };
      bar?.increment();
    }
  }
  try {
    const summary = await extractAndLoad(target, inputs(), {
      force: options.force ?? false,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(options.maxArticleChars ? { maxArticleChars: options.maxArticleChars } : {}),
      onLoaded: (articles) => bar?.update({ articles, rate: Math.round(articles / ((Date.now() - started) / 1000)) }),
    });
    const { counts, failures, warnings, refused, relations } = summary;
    if (Object.values(counts).every((n) => n === 0)) throw new NoArticlesError(`${paths.join(', ')}: no articles to load (the files hold none)`);
    return { counts, failures, warnings, refused, relations, skipped };
  } finally {
    bar?.stop();
  }
}

const USAGE = `usage: npm run seed -- [--force] [--batch-size N] [--max-article-chars N] [PATH...]   (no path: the bundled samples)
       npm run seed -- --remove ARTICLE_ID`;

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number above 0, got "${value}"`);
  return n;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      remove: { type: 'string' },
      force: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'max-article-chars': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const numbers = { batchSize: positiveInteger(values['batch-size'], '--batch-size'), maxArticleChars: positiveInteger(values['max-article-chars'], '--max-article-chars') };
  const { driver, settings } = await connectNeo4j();
  const target = { driver, database: settings.database };
  try {
    if (values.remove) {
      const removed = await removeArticle(target, values.remove);
      console.log(removed ? `Removed article ${values.remove} and what only it supported.` : `No article with id ${values.remove}.`);
      return removed ? 0 : 1;
    }
    const paths = positionals.length > 0 ? positionals : [SAMPLES_DIR];
    const started = Date.now();
    const summary = await seedPaths(target, paths, { progress: process.stdout.isTTY, force: values.force, ...numbers });
    for (const failure of summary.failures) console.error(`error: ${failure}`);
    for (const warning of summary.warnings) console.error(`warning: ${warning}`);
    for (const refused of summary.refused) console.error(`warning: ${refused}`);
    if (summary.skipped.length > 0) console.error(skippedLine(summary.skipped));
    const c = summary.counts;
    const graph = await graphCounts(target);
    const notes = [summary.refused.length ? `${summary.refused.length} relations refused` : '', summary.skipped.length ? `${summary.skipped.length} files skipped` : '', summary.warnings.length ? `${summary.warnings.length} warnings` : '']
      .filter(Boolean)
      .join(', ');
    console.log(
      `Articles: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)${notes ? `; ${notes}` : ''}. ` +
        `Graph: ${graph.articles} articles, ${graph.entities} entities, ${graph.relations} relations, ${graph.evidence} evidence sentences.`,
    );
    return c.failed > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof LocalNeo4jError || error instanceof Error) {
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  }
}
