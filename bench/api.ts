/**
 * bench/api: the API under load, on a graph of at least --articles synthetic articles (loaded
 * first when the graph has fewer). Clients run in a worker thread (bench/http-clients.mjs), each
 * from its own address, over keep-alive HTTP. Prints, in one run:
 *   mixed:      the mixed workload (search, entity, neighborhood depth 1 and 2, relations page,
 *               paths) by one client, then by --clients at once right after the query plan cache
 *               is cleared (as after a Neo4j restart): p50/p99 per query type, errors, throughput,
 *               and the ratios (budgets off: this measures capacity);
 *   starvation: an ordinary client's search p99 alone, then while a hostile client sends
 *               accepted heavy requests back to back (default budgets): from the hostile's first
 *               request (its burst) and once it is throttled, each with the server thread's
 *               event-loop delay and garbage-collection pauses; then alone again (the spread
 *               the machine alone gives a p99);
 *   costs:      each query's estimated cost against its time alone (how well the model prices work);
 *   queries, overhead, ingest: GraphQL against the same Cypher direct, where a small query's time
 *               goes, /healthz and search during large ingests (issue 18's measurements);
 *   asof:       each graph query (relations page, neighborhood depth 1 and 2 at 500 and 2,000 edges, paths, pair) with
 *               and without asOf, interleaved, one client: p50 / p99 of each and the p50 ratio
 *               (issue 22: within 1.5×), plus a pair's state and history.
 * The machine's load average is printed beside each part: the ratios are what to compare.
 *   npx tsx bench/api.ts [--articles 2000] [--clients 50] [--seconds 20] [--slots 4] [--parts mixed,starvation,costs,queries,overhead,ingest,asof] [--as-of 2023-06-30] [--iterations 200] [--ingests 5] [--ingest-chars 1000000]
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, PerformanceObserver, performance as nodePerformance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildSchema, parse } from 'graphql';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { PROJECT_ROOT, readLocalSettings } from '../db/local-settings.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../seed/load/neo4j-loader.ts';
import type { ServerLimits } from '../server/admission.ts';
import { createApp, type App } from '../server/app.ts';
import { createContext } from '../server/context.ts';
import { searchEntities } from '../server/db/entities.ts';
import { createExecutor, DEFAULT_SLOTS } from '../server/db/executor.ts';
import { neighborhood, shortestPaths } from '../server/db/graph.ts';
import { relationPage } from '../server/db/relations.ts';
import { warmQueryPlans } from '../server/db/warmup.ts';
import { estimateCost } from '../server/limits.ts';
import { generateCorpus, random } from './corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    iterations: { type: 'string', default: '200' },
    ingests: { type: 'string', default: '5' },
    'ingest-chars': { type: 'string', default: '1000000' },
    parts: { type: 'string', default: 'mixed,starvation' },
    'as-of': { type: 'string', default: '2023-06-30' },
    slots: { type: 'string', default: String(DEFAULT_SLOTS) },
  },
});
const TOKEN = 'bench-token';
const parts = new Set(values.parts.split(','));
const seconds = Number(values.seconds);
const { driver, settings } = await connectNeo4j();
const target = { driver, database: settings.database };
const db = createExecutor(driver, settings.database, { timeoutMs: 30_000, slots: Number(values.slots) });
const count = async (cypher: string) => (await db.read<{ n: number }>(cypher))[0]?.n ?? 0;

await ensureSchema(target);
for (let seed = 1000; (await count('MATCH (a:Article) RETURN count(a) AS n')) < Number(values.articles); seed++) {
  console.log('loading 2000 more synthetic articles…');
  await loadExtractions(target, generateCorpus(2000, 600, seed).map((a) => extractArticle(a)));
}
const articleCount = await count('MATCH (a:Article) RETURN count(a) AS n');
const edges = await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS n');
// Entities the workload asks about: the 200 best connected (the hubs a reader opens first).
const sample = await db.read<{ id: string; name: string }>(`MATCH (e:Entity) WITH e, COUNT { (e)--() } AS d WHERE d > 0 RETURN e.id AS id, e.name AS name ORDER BY d DESC, e.id LIMIT 200`);
const [a = 'Q30', b = 'Q794'] = sample.map((h) => h.id);
console.log(`api: ${articleCount} articles, ${edges} relations; hub entities ${a} and ${b}; ${values.slots} database slots; load average ${loadText()}`);

const SCHEMA = buildSchema(readFileSync(`${PROJECT_ROOT}/schema.graphql`, 'utf8'));
const percentile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
function loadText(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
}

/** CPU seconds used so far by this process (server and the clients' worker) and by the local Neo4j (when its pid is known). */
function cpuSeconds(): { here: number; neo4j: number } {
  const usage = process.cpuUsage();
  let neo4j = NaN;
  try {
    const pid = readFileSync(`${readLocalSettings().dataDir}/neo4j.pid`, 'utf8').trim();
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    neo4j = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    // Not the local Neo4j, or no /proc: left out.
  }
  return { here: (usage.user + usage.system) / 1e6, neo4j };
}

/** Where a run's time went: the server thread's busy share, the cores used by this process and by Neo4j, and their CPU time per request answered. */
async function profiled(run: () => Promise<ClientResults>): Promise<{ result: ClientResults; where: string }> {
  const [loop, cpu, t, queue] = [nodePerformance.eventLoopUtilization(), cpuSeconds(), performance.now(), { ...db.queue! }];
  const result = await run();
  const elapsed = (performance.now() - t) / 1000;
  const [busy, after] = [nodePerformance.eventLoopUtilization(loop), cpuSeconds()];
  const cores = (x: number) => (x / elapsed).toFixed(2);
  const calls = db.queue!.calls - queue.calls;
  const perCall = (x: 'waitedMs' | 'ranMs') => ms((db.queue![x] - queue[x]) / Math.max(1, calls));
  return {
    result,
    where:
      `server thread busy ${(busy.utilization * 100).toFixed(0)}%, cores used: this process ${cores(after.here - cpu.here)}, Neo4j ${cores(after.neo4j - cpu.neo4j)}; ` +
      `CPU per request ${ms((1000 * (after.here - cpu.here + after.neo4j - cpu.neo4j)) / Math.max(1, timesOf(result).length))} ms; ` +
      `${calls} database calls, each waiting ${perCall('waitedMs')} ms for a slot and holding it ${perCall('ranMs')} ms on average`,
  };
}

/** What held the server thread during a run: its event loop's delay (p99, max) and garbage collection (pauses, longest). */
async function loopWatched<T>(run: () => Promise<T>): Promise<{ result: T; loop: string }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const pauses: number[] = [];
  const gc = new PerformanceObserver((list) => pauses.push(...list.getEntries().map((e) => e.duration)));
  delay.enable();
  gc.observe({ entryTypes: ['gc'] });
  const result = await run();
  delay.disable();
  gc.disconnect();
  const gcMs = pauses.reduce((x, y) => x + y, 0);
  return { result, loop: `loop delay p99 ${ms(delay.percentile(99) / 1e6)} / max ${ms(delay.max / 1e6)} ms, GC ${ms(gcMs)} ms in ${pauses.length} pauses (longest ${ms(Math.max(0, ...pauses))} ms)` };
}

/** With BENCH_CPU_PROFILE=file: a CPU profile of the server thread during the many-client run, for Chrome's DevTools. */
async function startCpuProfile(file: string): Promise<() => Promise<void>> {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

/** An app on a free port with these limits; warmed as `npm start` warms it. */
async function startApp(limits: Partial<ServerLimits>): Promise<{ app: App; url: string }> {
  const app = await createApp({ db, apiToken: TOKEN, limits });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  await warmQueryPlans(db);
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql` };
}

interface ClientSpec {
  localAddress: string;
  requests: { label: string; body: string }[];
}
interface ClientResults {
  byLabel: Record<string, { times: number[]; outcomes: Record<string, number> }>;
  elapsedMs: number;
}

/** Runs clients in a worker until `count` requests each, `durationMs`, or stop(); `firstOutcome` resolves when any answer has that outcome. */
function runClients(url: string, clients: ClientSpec[], limits: { count?: number; durationMs?: number; notify?: string }) {
  const worker = new Worker(new URL('./http-clients.mjs', import.meta.url), { workerData: { url, clients, ...limits } });
  let notified: () => void = () => {};
  const firstOutcome = new Promise<void>((resolve) => (notified = resolve));
  const done = new Promise<ClientResults>((resolve, reject) => {
    worker.on('message', (m: ClientResults | { notified: string }) => ('notified' in m ? notified() : resolve(m)));
    worker.once('error', reject);
  }).finally(() => void worker.terminate());
  return { done, firstOutcome, stop: () => worker.postMessage('stop') };
}

/** The sorted times of one label, or of all. */
const timesOf = (r: ClientResults, label?: string) => (label ? (r.byLabel[label]?.times ?? []) : Object.values(r.byLabel).flatMap((x) => x.times)).sort((x, y) => x - y);
const errorsOf = (r: ClientResults, label?: string) =>
  (label ? [r.byLabel[label]] : Object.values(r.byLabel)).reduce((n, x) => n + Object.entries(x?.outcomes ?? {}).reduce((m, [k, c]) => m + (k === 'ok' ? 0 : c), 0), 0);
const outcomesText = (r: ClientResults) => {
  const all: Record<string, number> = {};
  for (const x of Object.values(r.byLabel)) for (const [k, c] of Object.entries(x.outcomes)) all[k] = (all[k] ?? 0) + c;
  return Object.entries(all).map(([k, c]) => `${c} ${k}`).join(', ');
};

// --- the mixed workload ---
const EDGE = 'id source target type class symmetric articleCount score firstSeen lastSeen';
const MIXED: Record<string, (pick: () => { id: string; name: string }) => string> = {
  search: (pick) => body('query ($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }', { t: pick().name.slice(0, 4) }),
  entity: (pick) =>
    body('query ($id: ID!) { entity(id: $id) { id name type aliases country degree relationCounts { key count } relations(first: 20) { totalCount nodes { id type articleCount source { id name } target { id name } } } } }', { id: pick().id }),
  'neighborhood d1': (pick) => body(`query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 150) { nodes { id label type degree } edges { ${EDGE} } truncated omitted { key count } } }`, { ids: [pick().id] }),
  'neighborhood d2': (pick) => body(`query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 500) { nodes { id label type degree } edges { ${EDGE} } truncated omitted { key count } } }`, { ids: [pick().id] }),
  'relations page': (pick) =>
    body('query ($e: [ID!]) { relations(first: 50, filter: { entityIds: $e, classes: [MATERIAL_CONFLICT, VERBAL_CONFLICT] }) { totalCount nodes { id type articleCount source { id name } target { id name } } pageInfo { endCursor } } }', { e: [pick().id] }),
  paths: (pick) => {
    const from = pick();
    let to = pick();
    while (to.id === from.id) to = pick();
    return body('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, limit: 5) { length nodes { id label } edges { id type } } }', { a: from.id, b: to.id });
  },
};
const LABELS = Object.keys(MIXED);

/** Client `i`'s requests: the query types in turn (starting at its own), about entities drawn from the sample by its own seed. */
function mixedClient(i: number): ClientSpec {
  const next = random(7 + i);
  const pick = () => sample[Math.floor(next() * sample.length)] ?? { id: a, name: 'Azer' };
  const requests = Array.from({ length: 120 }, (_, k) => {
    const label = LABELS[(i + k) % LABELS.length]!;
    return { label, body: MIXED[label]!(pick) };
  });
  return { localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`, requests };
}

if (parts.has('mixed')) {
  const clients = Number(values.clients);
  console.log(`\nmixed workload: ${seconds} s each, budgets off; one client after a warm-up pass, then ${clients} clients right after clearing Neo4j's query caches`);
  const { app, url } = await startApp({ pointsPerMinute: 0 });
  await runClients(url, [mixedClient(0)], { count: 2 * LABELS.length }).done; // warm-up: plans and pages
  const loadBefore = loadText();
  const { result: single, where: whereOne } = await profiled(() => runClients(url, [mixedClient(0)], { durationMs: seconds * 1000 }).done);
  await app.close();
  await db.read('CALL db.clearQueryCaches()');
  const cold = await startApp({ pointsPerMinute: 0 });
  const stopProfile = process.env.BENCH_CPU_PROFILE ? await startCpuProfile(process.env.BENCH_CPU_PROFILE) : undefined;
  const {
    result: { result: many, where: whereMany },
    loop: loopMany,
  } = await loopWatched(() => profiled(() => runClients(cold.url, Array.from({ length: clients }, (_, i) => mixedClient(i)), { durationMs: seconds * 1000 }).done));
  await stopProfile?.();
  await cold.app.close();
  const loadAfter = loadText();
  console.log(`query              1 client p50 / p99 (n)        ${clients} clients p50 / p99 (n)       p99 ratio  errors`);
  for (const label of [...LABELS, 'all']) {
    const key = label === 'all' ? undefined : label;
    const [one, lots] = [timesOf(single, key), timesOf(many, key)];
    console.log(
      `${label.padEnd(18)} ${`${ms(percentile(one, 0.5))} / ${ms(percentile(one, 0.99))} ms (${one.length})`.padEnd(28)}  ${`${ms(percentile(lots, 0.5))} / ${ms(percentile(lots, 0.99))} ms (${lots.length})`.padEnd(28)}  ${(percentile(lots, 0.99) / percentile(one, 0.99)).toFixed(1).padStart(6)}×  ${errorsOf(single, key)} / ${errorsOf(many, key)}`,
    );
  }
  const [rateOne, rateMany] = [timesOf(single).length / (single.elapsedMs / 1000), timesOf(many).length / (many.elapsedMs / 1000)];
  console.log(`throughput: 1 client ${rateOne.toFixed(1)} requests/s, ${clients} clients ${rateMany.toFixed(1)} requests/s (${(rateMany / rateOne).toFixed(2)}×); outcomes at ${clients}: ${outcomesText(many)}`);
  console.log(`where the time went: 1 client: ${whereOne}; ${clients} clients: ${whereMany}; ${loopMany}`);
  console.log(`load average (1 / 5 / 15 min) before ${loadBefore}, after ${loadAfter}`);
}

// --- starvation: an ordinary client against a hostile one, default budgets ---
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** Heavy requests the cost limit accepts (each close to it). */
const HOSTILES = [
  { name: '240 × stats', query: aliases(240, 'stats { articles relations }') },
  { name: '100 × neighborhood d1', query: aliases(100, `neighborhood(ids: ["${a}"], limit: 200) { edges { id } }`) },
  { name: 'nested pages 20/15/15', query: '{ entities(first: 20) { nodes { relations(first: 15) { nodes { source { relations(first: 15) { nodes { target { id } } } } } } } } }' },
];
if (parts.has('starvation')) {
  const { app, url } = await startApp({});
  const next = random(3);
  const ordinary: ClientSpec = {
    localAddress: '127.0.0.2',
    requests: Array.from({ length: 50 }, () => ({ label: 'search', body: MIXED.search!(() => sample[Math.floor(next() * sample.length)]!) })),
  };
  const ORDINARY_COUNT = 300;
  const measureOrdinary = async () => {
    const { result, loop } = await loopWatched(() => runClients(url, [ordinary], { count: ORDINARY_COUNT }).done);
    return { times: timesOf(result), loop };
  };
  const { times: alone, loop: loopAlone } = await measureOrdinary();
  console.log(`\nstarvation (default budgets): ordinary client's search alone p50 ${ms(percentile(alone, 0.5))} ms, p99 ${ms(percentile(alone, 0.99))} ms (${loopAlone}); load average ${loadText()}`);
  console.log('hostile request (cost)               phase      ordinary p50 / p99       p99 vs alone   hostile answers');
  for (const [i, hostile] of HOSTILES.entries()) {
    const cost = estimateCost({ schema: SCHEMA, document: parse(hostile.query) });
    // Each hostile comes from an address of its own, with a full budget.
    const spec: ClientSpec = { localAddress: `127.0.1.${10 + i}`, requests: [{ label: 'hostile', body: body(hostile.query) }] };
    const attacker = runClients(url, [spec], { notify: 'RATE_LIMITED' });
    const burst = await measureOrdinary();
    // Throttled: once the hostile has been refused (its minute's points spent), or after two minutes.
    await Promise.race([attacker.firstOutcome, new Promise((resolve) => setTimeout(resolve, 120_000))]);
    const throttled = await measureOrdinary();
    attacker.stop();
    const result = await attacker.done;
    for (const [phase, { times, loop }] of [['burst', burst], ['throttled', throttled]] as const) {
      console.log(
        `${`${hostile.name} (${cost})`.padEnd(36)} ${phase.padEnd(10)} ${`${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.99))} ms`.padEnd(24)} ${(percentile(times, 0.99) / percentile(alone, 0.99)).toFixed(2).padStart(6)}×     ${phase === 'burst' ? outcomesText(result) : ''}\n${''.padEnd(37)}${loop}`,
      );
    }
  }
  // Alone once more, the hostiles gone: how far the machine alone moves a p99 of 300 requests.
  const { times: again, loop: loopAgain } = await measureOrdinary();
  console.log(`${'none, again'.padEnd(36)} ${''.padEnd(10)} ${`${ms(percentile(again, 0.5))} / ${ms(percentile(again, 0.99))} ms`.padEnd(24)} ${(percentile(again, 0.99) / percentile(alone, 0.99)).toFixed(2).padStart(6)}×\n${''.padEnd(37)}${loopAgain}`);
  console.log(`load average after: ${loadText()}`);
  await app.close();
}

// --- costs: the model's estimate against each query's time alone ---
if (parts.has('costs')) {
  const { app, url } = await startApp({ pointsPerMinute: 0 });
  const queries: [string, string][] = [
    ...LABELS.map((label) => [label, MIXED[label]!(() => sample[0]!)] as [string, string]),
    ...HOSTILES.map((h) => [h.name, body(h.query)] as [string, string]),
    ['120 × search', body(aliases(120, 'search(text: "an") { score entity { id } }'))],
  ];
  console.log('\ncosts: estimate against the median time alone (5 runs after one)');
  console.log('query                     cost     median ms   points per ms');
  for (const [name, request] of queries) {
    const parsed = JSON.parse(request) as { query: string; variables: Record<string, unknown> };
    const cost = estimateCost({ schema: SCHEMA, document: parse(parsed.query), variables: parsed.variables });
    const times = timesOf(await runClients(url, [{ localAddress: '127.0.0.3', requests: [{ label: name, body: request }] }], { count: 6 }).done).slice(0, 5);
    console.log(`${name.padEnd(24)} ${String(cost).padStart(6)}   ${ms(percentile(times, 0.5)).padStart(9)}   ${(cost / percentile(times, 0.5)).toFixed(1).padStart(10)}`);
  }
  await app.close();
}

// --- asOf: the graph as known on a day against the same query over all the evidence ---
if (parts.has('asof')) await measureAsOf();

// --- issue 18's measurements: GraphQL against direct Cypher, overhead, ingest ---
if (parts.has('queries') || parts.has('overhead') || parts.has('ingest')) await measureDirect();

console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: server and clients)`);
await driver.close();

async function measureDirect(): Promise<void> {
  const { app, url } = await startApp({ pointsPerMinute: 0 });
  const base = url.replace(/\/graphql$/, '');
  /** One GraphQL request; resolves to the first error code (a refusal), or null. */
  const request = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<string | null> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const answer = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return answer.errors ? (answer.errors[0]?.extensions?.code ?? 'ERROR') : null;
  };
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const code = await request(query, variables);
    if (code) throw new Error(`${code}: ${query.slice(0, 80)}`);
  };
  /** Latencies of `total` calls made by `clients` concurrent clients in this process, sorted. */
  const measure = async (fn: () => Promise<unknown>, total: number, clients = 1): Promise<number[]> => {
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
  };
  const searchQuery = 'query($t: String!) { search(text: $t, first: 10) { score entity { id name type degree } } }';
  if (parts.has('queries')) {
    const cases: { name: string; gql: () => Promise<unknown>; direct: () => Promise<unknown> }[] = [
      { name: 'search', gql: () => post(searchQuery, { t: 'azer' }), direct: () => searchEntities(db, 'azer', null, 10) },
      {
        name: 'neighborhood d1',
        gql: () => post('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 200) { nodes { id label type degree } edges { id source target type class articleCount } truncated omitted { key count } } }', { ids: [a] }),
        direct: () => neighborhood(db, [a], 1, null, 200),
      },
      {
        name: 'paths',
        gql: () => post('query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3, limit: 5) { length nodes { id label } edges { type } } }', { a, b }),
        direct: () => shortestPaths(db, a, b, 3, null, 5),
      },
      {
        name: 'relations page',
        gql: () => post('{ relations(first: 50, filter: { classes: [MATERIAL_CONFLICT] }) { totalCount nodes { id type articleCount source { id name } target { id name } } pageInfo { endCursor } } }'),
        direct: () => relationPage(db, { filter: { classes: ['MATERIAL_CONFLICT'] } }, null, 50),
      },
    ];
    const iterations = Number(values.iterations);
    console.log('\nGraphQL against direct Cypher, one client in this process: GraphQL p50 / p99, direct p50 / p99, ratio (p50)');
    for (const c of cases) {
      // Interleaved rounds so that caches and JIT warm both sides alike.
      const g: number[] = [];
      const d: number[] = [];
      for (let r = 0; r < 4; r++) {
        d.push(...(await measure(c.direct, iterations / 4)));
        g.push(...(await measure(c.gql, iterations / 4)));
      }
      g.sort((x, y) => x - y);
      d.sort((x, y) => x - y);
      console.log(`  ${c.name.padEnd(18)} ${ms(percentile(g, 0.5))} / ${ms(percentile(g, 0.99))} ms   ${ms(percentile(d, 0.5))} / ${ms(percentile(d, 0.99))} ms   ${(percentile(g, 0.5) / percentile(d, 0.5)).toFixed(2)}×`);
    }
  }
  if (parts.has('overhead')) {
    const noExtractor = { extract: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
    const scope = () => ({ startedAt: performance.now(), deadline: Infinity, cost: 0, maxResultBytes: Infinity });
    const context = () => createContext({ db, extractor: noExtractor, apiToken: undefined, authorization: undefined, remoteAddress: undefined, scope: scope() });
    const steps: [string, () => Promise<unknown>][] = [
      ['direct Cypher', () => searchEntities(db, 'azer', null, 10)],
      ['Apollo in process', () => app.apollo.executeOperation({ query: searchQuery, variables: { t: 'azer' } }, { contextValue: context() })],
      ['GraphQL over HTTP', () => post(searchQuery, { t: 'azer' })],
      ['GET /healthz', () => fetch(`${base}/healthz`).then((r) => r.text())],
    ];
    console.log('\noverhead of a small query (search), p50 / p99 of 300:');
    for (const [name, fn] of steps) {
      const times = await measure(fn, 300);
      console.log(`  ${name.padEnd(18)} ${ms(percentile(times, 0.5)).padStart(6)} / ${ms(percentile(times, 0.99))} ms`);
    }
  }
  if (parts.has('ingest')) await measureIngest(base, request, () => post(searchQuery, { t: 'azer' }), measure);
  await app.close();
}

/** p50 / p99 of each graph query with and without asOf, in interleaved rounds of one client (same entities, same server). */
async function measureAsOf(): Promise<void> {
  const { app, url } = await startApp({ pointsPerMinute: 0 });
  const asOf = values['as-of'];
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(query, variables) });
    const answer = (await response.json()) as { errors?: { message: string }[] };
    if (answer.errors) throw new Error(`${answer.errors[0]?.message}: ${query.slice(0, 80)}`);
  };
  const EDGE_FIELDS = `${EDGE} window { articleCount score lastSeen }`;
  const cases: { name: string; query: (filter: string) => string; variables: Record<string, unknown> }[] = [
    { name: 'relations page', query: (f) => `query ($e: [ID!]) { relations(first: 50, filter: { entityIds: $e${f} }) { nodes { id type articleCount window { articleCount } source { id name } target { id name } } } }`, variables: { e: [a] } },
    { name: 'neighborhood d1', query: (f) => `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 150${f ? `, filter: {${f.slice(1)} }` : ''}) { nodes { id label type degree } edges { ${EDGE_FIELDS} } truncated } }`, variables: { ids: [a] } },
    // At limit 500 the hub fills the cap at depth 1 with all the evidence, not with what was known then: asOf walks a second level (more graph, not slower reading).
    { name: 'neighborhood d2', query: (f) => `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 500${f ? `, filter: {${f.slice(1)} }` : ''}) { nodes { id label type degree } edges { ${EDGE_FIELDS} } truncated } }`, variables: { ids: [a] } },
    // At 2,000 both walk the second level: the same work but for what asOf adds.
    { name: 'neighborhood d2 2000', query: (f) => `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 2000${f ? `, filter: {${f.slice(1)} }` : ''}) { nodes { id label type degree } edges { ${EDGE_FIELDS} } truncated } }`, variables: { ids: [a] } },
    { name: 'paths', query: (f) => `query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 3, limit: 5${f ? `, filter: {${f.slice(1)} }` : ''}) { length nodes { id label } edges { id type } } }`, variables: { a, b: sample[5]?.id ?? b } },
    { name: 'pair', query: (f) => `query ($a: ID!, $b: ID!) { pair(a: $a, b: $b${f ? `, asOf: "${asOf}"` : ''}) { relationCount evidenceCount byClass { key relations evidence } relations(first: 20) { nodes { id type articleCount } } } }`, variables: { a, b } },
    { name: 'pair state', query: (f) => `query ($a: ID!, $b: ID!) { pair(a: $a, b: $b${f ? `, asOf: "${asOf}"` : ''}) { state { state since until holds opening { time sentence } } } }`, variables: { a, b } },
  ];
  const rounds = 4;
  const perRound = Math.max(5, Math.round(Number(values.iterations) / rounds));
  console.log(`
asOf ${asOf} against all the evidence: one client, ${rounds} interleaved rounds of ${perRound}; p50 / p99 and the p50 ratio; load average ${loadText()}`);
  for (const c of cases) {
    const [without, withAsOf] = [c.query(''), c.query(`, asOf: "${asOf}"`)];
    const run = async (query: string, n: number) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = nodePerformance.now();
        await post(query, c.variables);
        times.push(nodePerformance.now() - t);
      }
      return times;
    };
    await run(without, 3);
    await run(withAsOf, 3);
    const plain: number[] = [];
    const known: number[] = [];
    for (let r = 0; r < rounds; r++) {
      plain.push(...(await run(without, perRound)));
      known.push(...(await run(withAsOf, perRound)));
    }
    plain.sort((x, y) => x - y);
    known.sort((x, y) => x - y);
    console.log(`  ${c.name.padEnd(20)} without ${`${ms(percentile(plain, 0.5))} / ${ms(percentile(plain, 0.99))} ms`.padEnd(18)} asOf ${`${ms(percentile(known, 0.5))} / ${ms(percentile(known, 0.99))} ms`.padEnd(18)} ${(percentile(known, 0.5) / percentile(plain, 0.5)).toFixed(2)}×`);
  }
  console.log(`load average after: ${loadText()}`);
  await app.close();
}

/** /healthz and a search while large articles are extracted (worker threads) and written. */
async function measureIngest(
  base: string,
  request: (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => Promise<string | null>,
  ordinary: () => Promise<void>,
  measure: (fn: () => Promise<unknown>, total: number) => Promise<number[]>,
): Promise<void> {
  const healthz = async () => {
    if ((await fetch(`${base}/healthz`)).status !== 200) throw new Error('/healthz failed');
  };
  const ingestCount = Number(values.ingests);
  const chars = Number(values['ingest-chars']);
  const run = Date.now();
  const largeArticles = Array.from({ length: ingestCount }, (_, i) => {
    const text = `Run ${run}, article ${i}.\n\n` + generateCorpus(Math.ceil(chars / 3500), 600, (run % 100_000) + i).map((x) => x.text).join('\n\n');
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
