/**
 * bench/export: the bulk export against its peer, GraphQL paging of the same rows (the only way
 * out before it: `evidence`/`relations` pages of 500). On a graph of at least --articles
 * synthetic articles (loaded first when the graph is smaller), for each table prints rows, MB,
 * seconds and rows/s of GET /export/TABLE.csv and of paging the GraphQL connection, the ratio,
 * and the server process's peak RSS growth during each (sampled every 20 ms; the export streams,
 * so it should not grow with the table).
 *   npx tsx bench/export.ts [--articles 2000] [--words 120]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { ensureSchema } from '../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../seed/pipeline.ts';
import { createApp } from '../server/app.ts';
import { createExecutor } from '../server/db/executor.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, words: { type: 'string', default: '120' } } });
const { driver, settings } = await connectNeo4j();
const target = { driver, database: settings.database };
const db = createExecutor(driver, settings.database, 60_000);
await ensureSchema(target);
const articles = (await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n'))[0]?.n ?? 0;
if (articles < Number(values.articles)) {
  console.log(`graph has ${articles} articles; loading ${Number(values.articles) - articles} synthetic ones…`);
  const corpus = generateCorpus(Number(values.articles) - articles, Number(values.words), 4242);
  await extractAndLoad(target, corpus.map((article) => ({ articles: [article] })));
}
const app = await createApp({ db });
await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

/** Runs `work`, sampling this process's RSS: seconds and peak growth in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await work();
  clearInterval(timer);
  return { result, seconds: (performance.now() - started) / 1000, peakMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1048576 };
}

async function exportCsv(table: string): Promise<{ rows: number; bytes: number }> {
  const response = await fetch(`${base}/export/${table}.csv`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { rows: lines - 1, bytes }; // sentences have no raw line breaks (they end sentences)
}

const PAGED: Record<string, string> = {
  relations: 'relations(first: 500, after: $after) { nodes { id type class source { id name } target { id name } articleCount outletCount score firstSeen lastSeen claims { asserted attributed hedged proposed denied } disputed outletCountries } pageInfo { hasNextPage endCursor } }',
  evidence: 'evidence(first: 500, after: $after) { nodes { id status attributedTo confidence rule sentence start end date relation { id type source { id name } target { id name } } article { id title url source } } pageInfo { hasNextPage endCursor } }',
};

async function pageGraphql(table: string): Promise<{ rows: number; bytes: number }> {
  let after: string | null = null;
  let rows = 0;
  let bytes = 0;
  for (;;) {
    const response: Response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ($after: String) { ${PAGED[table]} }`, variables: { after } }) });
    const text: string = await response.text();
    bytes += text.length;
    const page: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (JSON.parse(text) as { data: Record<string, { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> }).data[table]!;
    rows += page.nodes.length;
    if (!page.pageInfo.hasNextPage) return { rows, bytes };
    after = page.pageInfo.endCursor;
  }
}

console.log('table      how                     rows       MB      s    rows/s  peak RSS +MB');
for (const table of ['relations', 'evidence']) {
  await exportCsv(table); // warm-up: plans cached, pages in memory, as for the GraphQL run after it
  const exported = await measure(() => exportCsv(table));
  const paged = await measure(() => pageGraphql(table));
  for (const [how, m] of [['GET /export (CSV)', exported], ['GraphQL pages of 500', paged]] as const) {
    const { rows, bytes } = m.result;
    console.log(`${table.padEnd(10)} ${how.padEnd(22)} ${String(rows).padStart(7)} ${(bytes / 1048576).toFixed(1).padStart(8)} ${m.seconds.toFixed(1).padStart(6)} ${Math.round(rows / m.seconds).toString().padStart(9)} ${m.peakMb.toFixed(0).padStart(13)}`);
  }
  console.log(`${table.padEnd(10)} export is ${(paged.seconds / exported.seconds).toFixed(1)}× faster than paging`);
}
await app.close();
await driver.close();
