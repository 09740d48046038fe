/**
 * bench/api: on a graph of at least 100,000 relations (a synthetic corpus is loaded first when
 * the graph is smaller), prints in one run:
 *   1. each query's GraphQL p50/p99 beside the same Cypher run directly through neo4j-driver
 *      (the server/db functions: the floor), at 1 and at 50 concurrent clients, and the ratio;
 *   2. starvation: an ordinary client's search p99 alone, then while a hostile client sends
 *      many-alias requests (500 × stats, refused by cost; the largest accepted alias requests);
 *   (overhead: where a small query's time goes: direct, Apollo in process, over HTTP, bare HTTP);
 *   3. ingest: p99 of /healthz and of a search while 5 large articles are ingested at once.
 *   npx tsx bench/api.ts [--relations 100000] [--iterations 200] [--clients 50] [--ingests 5] [--ingest-chars 1000000] [--parts queries,overhead,starvation,ingest]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../seed/load/neo4j-loader.ts';
import { createApp } from '../server/app.ts';
import { createContext } from '../server/context.ts';
import { searchEntities } from '../server/db/entities.ts';
import { createExecutor } from '../server/db/executor.ts';
import { neighborhood, shortestPaths } from '../server/db/graph.ts';
import { relationPage } from '../server/db/relations.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: {
    relations: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    clients: { type: 'string', default: '50' },
    ingests: { type: 'string', default: '5' },
    'ingest-chars': { type: 'string', default: '1000000' },
    parts: { type: 'string', default: 'queries,overhead,starvation,ingest' },
  },
});
const TOKEN = 'bench-token';
const parts = new Set(values.parts.split(','));
const { driver, settings } = await connectNeo4j();
const target = { driver, database: settings.database };
const db = createExecutor(driver, settings.database, 30_000);
const edgeCount = async () => (await db.read<{ n: number }>('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS n'))[0]?.n ?? 0;

await ensureSchema(target);
let edges = await edgeCount();
for (let seed = 1000; edges < Number(values.relations); seed++) {
  console.log(`graph has ${edges} relations; loading 2000 more synthetic articles…`);
  await loadExtractions(target, generateCorpus(2000, 600, seed).map((a) => extractArticle(a)));
  edges = await edgeCount();
}
const hubs = await db.read<{ id: string }>(`MATCH (e:Entity:Country) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC LIMIT 2`);
const [a = 'Q30', b = 'Q794'] = hubs.map((h) => h.id);
console.log(`api: graph of ${edges} relations; hub entities ${a} and ${b}`);

const app = await createApp({ db, apiToken: TOKEN });
await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
/** One GraphQL request; resolves to the first error code (a refusal), or null. */
const request = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<string | null> => {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return body.errors ? (body.errors[0]?.extensions?.code ?? 'ERROR') : null;
};
const post = async (query: string, variables: Record<string, unknown> = {}) => {
  const code = await request(query, variables);
  if (code) throw new Error(`${code}: ${query.slice(0, 80)}`);
};

const cases: { name: string; gql: () => Promise<unknown>; direct: () => Promise<unknown> }[] = [
  {
    name: 'search',
    gql: () => post('query($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }', { t: 'azer' }),
    direct: () => searchEntities(db, 'azer', null, 10),
  },
  {
    name: 'neighborhood d1',
    gql: () => post('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id label type degree } edges { id source target type class articleCount } truncated omitted { key count } } }', { ids: [a] }),
    direct: () => neighborhood(db, [a], 1, null, 200),
  },
  {
    name: 'neighborhood d2',
    gql: () => post('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 500) { nodes { id label type degree } edges { id source target type class articleCount } truncated omitted { key count } } }', { ids: [a] }),
    direct: () => neighborhood(db, [a], 2, null, 500),
  },
  {
    name: 'paths',
    gql: () => post('query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3, limit: 5) { length nodes { id label } edges { type } } }', { a, b }),
    direct: () => shortestPaths(db, a, b, 3, null, 5),
  },
  {
    name: 'relations page',
    gql: () => post('{ relations(first: 50, filter: { classes: [MATERIAL_CONFLICT] }) { totalCount nodes { id type articleCount source { id name } target { id name } } pageInfo { endCursor } } }', {}),
    direct: () => relationPage(db, { filter: { classes: ['MATERIAL_CONFLICT'] } }, null, 50),
  },
];

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (x: number) => x.toFixed(1);

/** Latencies of `total` calls made by `clients` concurrent clients (each waits for its answer before the next call), sorted. */
async function measure(fn: () => Promise<unknown>, total: number, clients = 1): Promise<number[]> {
  for (let i = 0; i < Math.min(10, total); i++) await fn();
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < Math.ceil(total / clients); i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((x, y) => x - y);
}

// 1. GraphQL against the same Cypher run directly, at 1 and at --clients concurrent clients.
const iterations = Number(values.iterations);
if (parts.has('queries')) console.log('\nquery              clients   GraphQL p50 / p99        direct p50 / p99       ratio (p50)');
for (const c of parts.has('queries') ? cases : []) {
  for (const clients of [1, Number(values.clients)]) {
    // Interleaved rounds so that caches and JIT warm both sides alike.
    const g: number[] = [];
    const d: number[] = [];
    const rounds = clients === 1 ? 4 : 1;
    for (let r = 0; r < rounds; r++) {
      d.push(...(await measure(c.direct, iterations / rounds, clients)));
      g.push(...(await measure(c.gql, iterations / rounds, clients)));
    }
    g.sort((x, y) => x - y);
    d.sort((x, y) => x - y);
    console.log(
      `${c.name.padEnd(18)} ${String(clients).padStart(7)}   ${ms(percentile(g, 0.5)).padStart(7)} / ${ms(percentile(g, 0.99)).padEnd(8)} ms   ${ms(percentile(d, 0.5)).padStart(7)} / ${ms(percentile(d, 0.99)).padEnd(8)} ms   ${(percentile(g, 0.5) / percentile(d, 0.5)).toFixed(2)}×`,
    );
  }
}

// Where a small query's fixed cost goes: the same search direct, through Apollo in this process, and over HTTP.
if (parts.has('overhead')) {
  const query = 'query($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }';
  const noExtractor = { extract: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
  const steps: [string, () => Promise<unknown>][] = [
    ['direct Cypher', () => searchEntities(db, 'azer', null, 10)],
    ['Apollo in process', () => app.apollo.executeOperation({ query, variables: { t: 'azer' } }, { contextValue: createContext({ db, extractor: noExtractor, apiToken: undefined, authorization: undefined, remoteAddress: undefined, scope: { startedAt: performance.now(), deadline: Infinity, cost: 0, maxResultBytes: Infinity } }) })],
    ['GraphQL over HTTP', () => post(query, { t: 'azer' })],
    ['GET /healthz', () => fetch(`${base}/healthz`).then((r) => r.text())],
  ];
  console.log('\noverhead of a small query (search), p50 / p99 of 300:');
  for (const [name, fn] of steps) {
    const times = await measure(fn, 300);
    console.log(`  ${name.padEnd(18)} ${ms(percentile(times, 0.5)).padStart(6)} / ${ms(percentile(times, 0.99))} ms`);
  }
}

// 2. Starvation: an ordinary client's searches alone, then while a hostile client keeps sending many-alias requests.
const ordinary = () => post('query($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }', { t: 'azer' });
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const hostiles = [
  { name: '500 × stats', query: aliases(500, 'stats { articles relations }') },
  { name: '49 × stats', query: aliases(49, 'stats { articles relations }') },
  { name: '120 × search', query: aliases(120, 'search(text: "an") { score entity { id } }') },
  { name: '40 × neighborhood d1', query: aliases(40, `neighborhood(ids: ["${a}"], limit: 200) { edges { id } }`) },
];
const alone = parts.has('starvation') ? await measure(ordinary, 300) : [];
if (parts.has('starvation')) console.log(`\nstarvation: ordinary client (search) alone: p50 ${ms(percentile(alone, 0.5))} ms, p99 ${ms(percentile(alone, 0.99))} ms`);
// The hostile client runs in its own thread, so that its own work (building and sending 20 kB
// bodies in a tight loop) is not charged to the server's event loop, as another machine's would not be.
const HOSTILE_CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
let isDone = false;
parentPort.on('message', () => { isDone = true; });
(async () => {
  const outcomes = {};
  const times = [];
  while (!isDone) {
    const t = performance.now();
    const response = await fetch(workerData.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: workerData.query }) });
    const body = await response.json();
    const code = body.errors ? (body.errors[0].extensions?.code ?? 'ERROR') : 'ok';
    times.push(performance.now() - t);
    outcomes[code] = (outcomes[code] ?? 0) + 1;
  }
  parentPort.postMessage({ outcomes, times });
})();
`;
for (const hostile of parts.has('starvation') ? hostiles : []) {
  const attacker = new Worker(HOSTILE_CLIENT, { eval: true, workerData: { url: `${base}/graphql`, query: hostile.query } });
  const during = await measure(ordinary, 300);
  const result = await new Promise<{ outcomes: Record<string, number>; times: number[] }>((done) => {
    attacker.once('message', done);
    attacker.postMessage('stop');
  });
  await attacker.terminate();
  const hostileTimes = result.times.sort((x, y) => x - y);
  const answers = Object.entries(result.outcomes).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(
    `  while ${hostile.name.padEnd(22)} ordinary p50 ${ms(percentile(during, 0.5)).padStart(6)} ms, p99 ${ms(percentile(during, 0.99)).padStart(7)} ms (${(percentile(during, 0.99) / percentile(alone, 0.99)).toFixed(2)}× alone); hostile: ${answers}, p50 ${ms(percentile(hostileTimes, 0.5))} ms`,
  );
}

if (parts.has('ingest')) await measureIngest();

console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: server and clients)`);
await app.close();
await driver.close();

/** 3. Ingest: /healthz and a search while large articles are extracted (worker threads) and written. */
async function measureIngest(): Promise<void> {
  const healthz = async () => {
    if ((await fetch(`${base}/healthz`)).status !== 200) throw new Error('/healthz failed');
  };
  const ingestCount = Number(values.ingests);
  const chars = Number(values['ingest-chars']);
  const run = Date.now();
  const largeArticles = Array.from({ length: ingestCount }, (_, i) => {
    const text = `Run ${run}, article ${i}.\n\n` + generateCorpus(Math.ceil(chars / 3500), 600, run % 100_000 + i).map((x) => x.text).join('\n\n');
    return { title: `Large ${run}-${i}`, text: text.slice(0, chars), url: `https://bench.test/large-${run}-${i}` };
  });
  const healthAlone = await measure(healthz, 200);
  const searchAlone = await measure(ordinary, 100);
  let isIngesting = true;
  const t0 = performance.now();
  const ingests = Promise.all(
    largeArticles.map((article) => request('mutation($a: ArticleInput!) { ingestArticle(input: $a) { status } }', { a: article }, { authorization: `Bearer ${TOKEN}` })),
  ).finally(() => (isIngesting = false));
  const loop = async (fn: () => Promise<void>) => {
    const times: number[] = [];
    while (isIngesting) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    return times.sort((x, y) => x - y);
  };
  const [healthDuring, searchDuring, codes] = await Promise.all([loop(healthz), loop(ordinary), ingests]);
  console.log(
    `\ningest: ${ingestCount} articles of ${chars.toLocaleString('en')} characters at once, ${((performance.now() - t0) / 1000).toFixed(1)} s (${codes.filter((c) => c).length} failed)` +
      `\n  /healthz p50 / p99: alone ${ms(percentile(healthAlone, 0.5))} / ${ms(percentile(healthAlone, 0.99))} ms, during ${ms(percentile(healthDuring, 0.5))} / ${ms(percentile(healthDuring, 0.99))} ms (${healthDuring.length} requests)` +
      `\n  search   p50 / p99: alone ${ms(percentile(searchAlone, 0.5))} / ${ms(percentile(searchAlone, 0.99))} ms, during ${ms(percentile(searchDuring, 0.5))} / ${ms(percentile(searchDuring, 0.99))} ms (${searchDuring.length} requests)`,
  );
}
