/**
 * The six-hub canvas of issue 20: the synthetic corpus (bench/corpus.ts, 3,000 articles) loaded
 * into Neo4j, and the six countries with most relations, each expanded on one canvas (about 290
 * entities and 2,400 relations). `ensureCorpus` loads what is missing (an unchanged article is
 * skipped, so a second run costs a few seconds); `sixHubs` names the hubs.
 *   ENTENTE_NEO4J_PORT=… npx tsx bench/six-hubs.ts     (loads the corpus, prints the hubs)
 */
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../seed/pipeline.ts';
import { generateCorpus } from './corpus.ts';

export const CORPUS_ARTICLES = 3000;

/** Loads the 3,000 synthetic articles unless they are all there already. */
export async function ensureCorpus(target: { driver: Driver; database: string }, log: (line: string) => void = console.log): Promise<void> {
  const { records } = await target.driver.executeQuery("MATCH (a:Article) WHERE a.url STARTS WITH 'https://bench.entente.dev/42/' RETURN count(a) AS n", {}, { database: target.database });
  const present = Number(records[0]?.get('n') ?? 0);
  if (present >= CORPUS_ARTICLES) return;
  log(`loading the synthetic corpus (${CORPUS_ARTICLES} articles, ${present} there)…`);
  await ensureSchema(target);
  const started = performance.now();
  const summary = await extractAndLoad(target, generateCorpus(CORPUS_ARTICLES).map((article) => ({ articles: [article] })));
  log(`  ${summary.counts.new} new, ${summary.counts.unchanged} unchanged, ${summary.counts.failed} failed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** The six countries with most relations (ids). */
export async function sixHubs(target: { driver: Driver; database: string }): Promise<{ id: string; name: string }[]> {
  const { records } = await target.driver.executeQuery('MATCH (c:Country) RETURN c.id AS id, c.name AS name, COUNT { (c)--(:Entity) } AS degree ORDER BY degree DESC, id LIMIT 6', {}, { database: target.database });
  return records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { connectNeo4j } = await import('../db/ensure-neo4j.ts');
  const { driver, settings } = await connectNeo4j();
  const target = { driver, database: settings.database };
  await ensureCorpus(target);
  console.log((await sixHubs(target)).map((h) => `${h.name} (${h.id})`).join(', '));
  await driver.close();
}
