/**
 * bench/load: loads a synthetic corpus with the seed pipeline (extraction overlapping batched
 * loads, end to end, as `npm run seed` does) and, in the same run, the same entities and triples
 * with Cypher's LOAD CSV (the bulk path a Neo4j user would take); prints articles/s, relations/s
 * and the ratio; then LOAD CSV of the whole graph the pipeline writes (articles, mentions, edges
 * with aggregates, evidence), to tell the cost of the writes from the cost of how they are made.
 * --load-alone also times the load of pre-extracted articles on its own. --updates N times, in
 * the same run, N changed articles (same URLs, one sentence added) against N new ones, both
 * touching a hub relation that --hub articles also state (so its evidence is large), and skips
 * the LOAD CSV comparisons. --check runs the graph invariants at the end. Needs the local Neo4j
 * (LOAD CSV reads from its import folder) and an empty database, or --wipe.
 *   npx tsx bench/load.ts [--articles 20000] [--batch 400] [--wipe] [--keep] [--load-alone] [--updates 500 [--hub 2000]] [--check]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { readLocalSettings } from '../db/local-settings.ts';
import { wipeDatabase } from '../db/wipe.ts';
import { checkGraph } from '../seed/check/check.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { tallyLists } from '../seed/load/aggregates.ts';
import { ensureSchema, loadExtractions } from '../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../seed/pipeline.ts';
import { loadBatchStatements, relationId, relationshipType } from '../seed/load/plan.ts';
import type { Extraction } from '../seed/types.ts';
import { RELATION_TYPES, type RelationType } from '../seed/vocabulary.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    batch: { type: 'string', default: '400' },
    wipe: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'load-alone': { type: 'boolean', default: false },
    updates: { type: 'string', default: '0' },
    hub: { type: 'string', default: '2000' },
    check: { type: 'boolean', default: false },
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

// 3b. Optionally, updates against new articles in the same graph, both touching a hub relation.
const updates = Number(values.updates);
if (updates > 0) {
  const hubSentence = 'Norway praised Germany for its role in the negotiations.';
  const hubCount = Number(values.hub);
  const hubArticles = Array.from({ length: hubCount }, (_, i) => ({ title: `Hub ${i + 1}`, url: `https://bench.entente.dev/hub/${i + 1}`, published: `2019-0${1 + (i % 9)}-1${i % 10}`, source: 'Hub Wire', text: hubSentence }));
  await loadExtractions(target, hubArticles.map((a) => extractArticle(a)), { batchSize });
  const changed = corpus.slice(0, updates).map((a) => extractArticle({ ...a, text: `${a.text}\n\n${hubSentence} Officials said the talks would resume next month.` }));
  const fresh = generateCorpus(updates, 600, 99).map((a) => extractArticle({ ...a, url: `${a.url}-new`, text: `${a.text}\n\n${hubSentence}` }));
  const [hubBefore] = (await run("MATCH (:Entity {id: 'Q20'})-[r:SUPPORTS]->(:Entity {id: 'Q183'}) RETURN r.articleCount AS n")).records.map((r) => r.get('n') as number);
  t = process.hrtime.bigint();
  const updated = await loadExtractions(target, changed, { batchSize });
  const updateSeconds = seconds(t);
  t = process.hrtime.bigint();
  const added = await loadExtractions(target, fresh, { batchSize });
  const newSeconds = seconds(t);
  console.log(`  updates    ${updated.updated} changed articles (same URLs, one sentence added) in ${updateSeconds.toFixed(1)} s: ${(updates / updateSeconds).toFixed(0)} updated articles/s`);
  console.log(`  new        ${added.new} new articles in ${newSeconds.toFixed(1)} s: ${(updates / newSeconds).toFixed(0)} new articles/s`);
  console.log(`  ratio      updates ${(newSeconds / updateSeconds).toFixed(2)}× the speed of new loads (target ≥ 0.5×); every one touched a hub relation of ${hubBefore ?? 0} articles`);
}

if (values.check) {
  t = process.hrtime.bigint();
  const report = await checkGraph(target);
  console.log(`  check      ${report.violations.length} violations over ${report.relationsChecked} relations (${seconds(t).toFixed(1)} s)${report.violations.length ? `: ${[...new Set(report.violations.map((v) => v.invariant))].join(', ')}` : ''}`);
}
if (updates > 0) {
  console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max RSS of this process)`);
  if (!values.keep) await wipe();
  await driver.close();
  process.exit(0);
}

// 4. LOAD CSV of the same entities and triples (no evidence, no articles: the bulk floor).
await wipe();
const importDir = join(readLocalSettings().dataDir, 'import');
mkdirSync(importDir, { recursive: true });
const csv = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const writeCsv = (name: string, header: string[], rows: unknown[][]) =>
  writeFileSync(join(importDir, name), `${header.join(',')}\n${rows.map((r) => r.map(csv).join(',')).join('\n')}\n`);
/** Runs one LOAD CSV in 5,000-row transactions; returns its seconds. */
const loadCsv = async (file: string, body: string, params: Record<string, unknown> = {}) => {
  const started = process.hrtime.bigint();
  const session = driver.session({ database: settings.database });
  try {
    await session.run(`LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row CALL (row) { ${body} } IN TRANSACTIONS OF 5000 ROWS`, params);
  } finally {
    await session.close();
  }
  return seconds(started);
};
const loadEntitiesCsv = () => loadCsv('entities.csv', 'MERGE (e:Entity {id: row.id}) SET e.name = row.name, e.type = row.type');

const entityRows = new Map<string, unknown[]>();
for (const e of extractions) for (const x of e.entities) entityRows.set(x.id, [x.id, x.name, x.type]);
writeCsv('entities.csv', ['id', 'name', 'type'], [...entityRows.values()]);
const byType = new Map<RelationType, unknown[][]>();
for (const e of extractions) {
  for (const r of e.relations) {
    const rows = byType.get(r.type) ?? [];
    rows.push([relationId(r.sourceId, r.type, r.targetId), r.sourceId, r.targetId, r.confidence]);
    byType.set(r.type, rows);
  }
}
for (const [type, rows] of byType) writeCsv(`rel-${type}.csv`, ['id', 'source', 'target', 'confidence'], rows);
let csvSeconds = await loadEntitiesCsv();
for (const type of byType.keys()) {
  csvSeconds += await loadCsv(
    `rel-${type}.csv`,
    `MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
     MERGE (s)-[r:${relationshipType(type)} {id: row.id}]->(t)
     SET r.class = $class, r.score = toFloat(row.confidence)`,
    { class: RELATION_TYPES[type].class },
  );
}
console.log(`  LOAD CSV   ${csvSeconds.toFixed(1)} s: ${(relations / csvSeconds).toFixed(0)} relations/s (the same ${relations} triples and ${entityRows.size} entities, no evidence)`);
const csvRate = relations / csvSeconds;
console.log(`  ratio      pipeline end to end ${(relations / endToEnd / csvRate).toFixed(2)}× the speed of LOAD CSV (relations/s)${loadSeconds ? `; load alone ${(relations / loadSeconds / csvRate).toFixed(2)}×` : ''}`);

// 5. LOAD CSV of the whole graph the pipeline writes (articles with text, mentions, edges with
// their final aggregates, evidence): the same rows, taken from the loader's own plan for the
// whole corpus at once, so the bulk path also gets global de-duplication for free.
await wipe();
const plan = loadBatchStatements(extractions, new Date().toISOString());
const rowsOf = (match: RegExp) => plan.filter((st) => match.test(st.cypher)).flatMap((st) => (st.params.rows ?? st.params.articles) as Record<string, unknown>[]);
const list = (v: unknown) => (v as unknown[]).join(';');
writeCsv('full-articles.csv', ['id', 'hash', 'title', 'url', 'source', 'published', 'text'], rowsOf(/MERGE \(a:Article/).map((a) => [a.id, a.hash, a.title, a.url, a.source, a.published, a.text]));
writeCsv('full-mentions.csv', ['articleId', 'entityId', 'offsets'], rowsOf(/:MENTIONS/).map((m) => [m.articleId, m.entityId, list(m.offsets)]));
writeCsv('full-evidence.csv', ['articleId', 'relationId', 'sentence', 'start', 'end', 'confidence', 'rule'], rowsOf(/:Evidence/).map((v) => {
  const p = v.props as Record<string, unknown>;
  return [p.articleId, p.relationId, p.sentence, p.start, p.end, p.confidence, p.rule];
}));
for (const type of byType.keys()) {
  const rows = rowsOf(new RegExp(`\\[r:${type} `));
  writeCsv(`full-rel-${type}.csv`, ['id', 'source', 'target', 'articles', 'outlets', 'first', 'last', 'logMiss'], rows.map((r) => [r.relationId, r.sourceId, r.targetId, r.articles, list(tallyLists(r.tally as string[]).outlets), r.first, r.last, r.logMiss]));
}
const part = {
  entities: await loadEntitiesCsv(),
  articles: await loadCsv('full-articles.csv', `MERGE (a:Article {id: row.id})
    SET a.hash = row.hash, a.title = row.title, a.url = row.url, a.source = row.source, a.published = row.published, a.text = row.text`),
  mentions: await loadCsv('full-mentions.csv', `MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
    WITH a, e, [x IN split(row.offsets, ';') | toInteger(x)] AS offsets
    CREATE (a)-[:MENTIONS {offsets: offsets, count: size(offsets) / 2}]->(e)`),
  edges: 0,
  evidence: 0,
};
for (const type of byType.keys()) {
  const info = RELATION_TYPES[type];
  part.edges += await loadCsv(
    `full-rel-${type}.csv`,
    `MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
     MERGE (s)-[r:${relationshipType(type)} {id: row.id}]->(t)
     SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric, r.articleCount = toInteger(row.articles),
         r.outlets = split(row.outlets, ';'), r.outletCount = size(split(row.outlets, ';')), r.firstSeen = row.first, r.lastSeen = row.last,
         r.logMiss = toFloat(row.logMiss), r.score = round(1 - exp(toFloat(row.logMiss)), 3)`,
    { class: info.class, cameo: info.cameo, symmetric: info.symmetric },
  );
}
part.evidence = await loadCsv('full-evidence.csv', `MATCH (a:Article {id: row.articleId})
  CREATE (v:Evidence {relationId: row.relationId, articleId: row.articleId, sentence: row.sentence, start: toInteger(row.start),
                      end: toInteger(row.end), confidence: toFloat(row.confidence), rule: row.rule})-[:FROM]->(a)`);
const fullSeconds = Object.values(part).reduce((sum, x) => sum + x, 0);
console.log(`  LOAD CSV, whole graph ${fullSeconds.toFixed(1)} s: ${(count / fullSeconds).toFixed(0)} articles/s, ${(relations / fullSeconds).toFixed(0)} relations/s (articles, mentions, edges with aggregates, evidence)`);
console.log(`             ${Object.entries(part).map(([name, x]) => `${name} ${x.toFixed(1)} s`).join(', ')}`);
console.log(`  ratio      pipeline end to end ${(fullSeconds / endToEnd).toFixed(2)}× the speed of LOAD CSV doing the same writes${loadSeconds ? `; load alone ${(fullSeconds / loadSeconds).toFixed(2)}×` : ''}`);
console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max RSS of this process)`);
if (!values.keep) await wipe();
await driver.close();
