/**
 * bench/load: loads a synthetic corpus with the seed pipeline (extraction overlapping batched
 * loads, end to end, as `npm run seed` does) and, in the same run, the same entities and triples
 * with Cypher's LOAD CSV (the bulk path a Neo4j user would take); prints articles/s, relations/s
 * and the ratio. --load-alone also times the load of pre-extracted articles on its own. Needs the
 * local Neo4j (LOAD CSV reads from its import folder) and an empty database, or --wipe.
 *   npx tsx bench/load.ts [--articles 20000] [--batch 400] [--wipe] [--keep] [--load-alone]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { readLocalSettings } from '../db/local-settings.ts';
import { wipeDatabase } from '../db/wipe.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../seed/pipeline.ts';
import { relationId, relationshipType } from '../seed/load/plan.ts';
import type { Extraction } from '../seed/types.ts';
import { RELATION_TYPES } from '../seed/vocabulary.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '400' },
    wipe: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'load-alone': { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (process.env.NEO4J_URI) {
  console.error('bench/load compares with LOAD CSV, which reads files from the server: run it against the local Neo4j (unset NEO4J_URI).');
  process.exit(2);
}
const { driver, settings } = await connectNeo4j();
const target = { driver, database: settings.database };
const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database: settings.database });
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

const wipe = () => wipeDatabase(driver, settings.database);

const [{ n: existing } = { n: 0 }] = (await run('MATCH (n) RETURN count(n) AS n')).records.map((r) => r.toObject() as { n: number });
if (existing > 0 && !values.wipe) {
  console.error(`The database holds ${existing} nodes: bench/load needs an empty one. Re-run with --wipe to empty it (this deletes everything).`);
  await driver.close();
  process.exit(2);
}
await wipe();
await ensureSchema(target);

console.log(`load: ${count} synthetic articles (~600 words), Neo4j at ${settings.uri}`);
const corpus = generateCorpus(count);

// 1. The pipeline, end to end: extraction of each batch overlapping the load of the previous one.
const batchSize = Number(values.batch);
let t = process.hrtime.bigint();
const pipeline = await extractAndLoad(target, corpus.map((article) => ({ articles: [article] })), { batchSize });
const endToEnd = seconds(t);
const [stats] = (await run('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS edges')).records.map((r) => r.toObject());
const [{ evidence } = { evidence: 0 }] = (await run('MATCH (v:Evidence) RETURN count(v) AS evidence')).records.map((r) => r.toObject() as { evidence: number });

// 2. Extraction alone (one thread), for reference and for the triples of LOAD CSV.
t = process.hrtime.bigint();
const extractions: Extraction[] = corpus.map((a) => extractArticle(a));
const extractSeconds = seconds(t);
const relations = extractions.reduce((n, e) => n + e.relations.length, 0);
console.log(`  pipeline   ${endToEnd.toFixed(1)} s: ${(count / endToEnd).toFixed(0)} articles/s and ${(relations / endToEnd).toFixed(0)} relations/s end to end (extraction ${pipeline.extractSeconds.toFixed(1)} s of it, overlapped)`);
console.log(`             ${pipeline.counts.new} new, ${pipeline.counts.failed} failed; ${stats?.edges} distinct edges and ${evidence} evidence sentences from ${relations} extracted relations`);
console.log(`  extract    ${extractSeconds.toFixed(1)} s alone: ${(count / extractSeconds).toFixed(0)} articles/s on one thread`);

// 3. Optionally, the load of pre-extracted articles on its own.
let loadSeconds: number | undefined;
if (values['load-alone']) {
  await wipe();
  await ensureSchema(target);
  t = process.hrtime.bigint();
  const summary = await loadExtractions(target, extractions, { batchSize });
  loadSeconds = seconds(t);
  console.log(`  load alone ${loadSeconds.toFixed(1)} s: ${(count / loadSeconds).toFixed(0)} articles/s and ${(relations / loadSeconds).toFixed(0)} relations/s (${summary.failed} failed)`);
}

// 2. LOAD CSV of the same entities and triples (no evidence, no articles: the bulk floor).
await wipe();
const importDir = join(readLocalSettings().dataDir, 'import');
mkdirSync(importDir, { recursive: true });
const csv = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const entityRows = new Map<string, string>();
for (const e of extractions) for (const x of e.entities) entityRows.set(x.id, [x.id, x.name, x.type].map(csv).join(','));
writeFileSync(join(importDir, 'entities.csv'), `id,name,type\n${[...entityRows.values()].join('\n')}\n`);
const byType = new Map<string, string[]>();
for (const e of extractions) {
  for (const r of e.relations) {
    const rows = byType.get(r.type) ?? [];
    rows.push([relationId(r.sourceId, r.type, r.targetId), r.sourceId, r.targetId, r.confidence].map(csv).join(','));
    byType.set(r.type, rows);
  }
}
for (const [type, rows] of byType) writeFileSync(join(importDir, `rel-${type}.csv`), `id,source,target,confidence\n${rows.join('\n')}\n`);
const session = driver.session({ database: settings.database });
t = process.hrtime.bigint();
try {
  await session.run(`LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
    CALL (row) { MERGE (e:Entity {id: row.id}) SET e.name = row.name, e.type = row.type } IN TRANSACTIONS OF 5000 ROWS`);
  for (const type of byType.keys()) {
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///rel-${type}.csv' AS row
      CALL (row) { MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
                   MERGE (s)-[r:${relationshipType(type)} {id: row.id}]->(t)
                   SET r.class = $class, r.score = toFloat(row.confidence) } IN TRANSACTIONS OF 5000 ROWS`, { class: RELATION_TYPES[relationshipType(type)].class });
  }
} finally {
  await session.close();
}
const csvSeconds = seconds(t);
console.log(`  LOAD CSV   ${csvSeconds.toFixed(1)} s: ${(relations / csvSeconds).toFixed(0)} relations/s (the same ${relations} triples and ${entityRows.size} entities, no evidence)`);
const csvRate = relations / csvSeconds;
console.log(`  ratio      pipeline end to end ${(relations / endToEnd / csvRate).toFixed(2)}× the speed of LOAD CSV (relations/s)${loadSeconds ? `; load alone ${(relations / loadSeconds / csvRate).toFixed(2)}×` : ''}`);
console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max RSS of this process)`);
if (!values.keep) await wipe();
await driver.close();
