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
import { expandPaths, readInput } from './parse/read-inputs.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('./samples', import.meta.url));

export type SeedSummary = Pick<PipelineSummary, 'counts' | 'failures'>;

/** Extracts and loads every article under the paths; one failing article never stops the others. */
export async function seedPaths(target: LoadTarget, paths: string[], options: { progress?: boolean; force?: boolean } = {}): Promise<SeedSummary> {
  await ensureSchema(target);
  const { files, missing } = await expandPaths(paths);
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
      yield 'error' in input ? { error: input.error.message } : { articles: input.articles };
      bar?.increment();
    }
  }
  try {
    const { counts, failures } = await extractAndLoad(target, inputs(), { force: options.force ?? false, onLoaded: (articles) => bar?.update({ articles, rate: Math.round(articles / ((Date.now() - started) / 1000)) }) });
    return { counts, failures };
  } finally {
    bar?.stop();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { remove: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('usage: npm run seed -- [--force] [PATH...]   (no path: the bundled samples)\n       npm run seed -- --remove ARTICLE_ID');
    return 0;
  }
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
    const summary = await seedPaths(target, paths, { progress: process.stdout.isTTY, force: values.force });
    for (const failure of summary.failures) console.error(`error: ${failure}`);
    const c = summary.counts;
    const graph = await graphCounts(target);
    console.log(
      `Articles: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s). ` +
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
