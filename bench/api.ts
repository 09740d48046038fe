/**
 * bench/api: GraphQL latency next to the same Cypher run directly through neo4j-driver (the
 * floor), on a graph of at least 100,000 relations; then 50 concurrent clients for 20 s on a
 * mixed workload. Loads a synthetic corpus first when the graph is smaller than that.
 *   npx tsx bench/api.ts [--relations 100000] [--iterations 200] [--clients 50] [--seconds 20]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../seed/load/neo4j-loader.ts';
import { createApp } from '../server/app.ts';
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
    seconds: { type: 'string', default: '20' },
  },
});
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

const app = await createApp({ db });
await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
const post = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 200));
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
async function measure(fn: () => Promise<unknown>, iterations: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((x, y) => x - y);
}

console.log('query              GraphQL p50 / p99      direct Cypher p50 / p99    ratio (p50)');
for (const c of cases) {
  // Interleaved rounds so that caches and JIT warm both sides alike.
  const g: number[] = [];
  const d: number[] = [];
  const rounds = 4;
  for (let r = 0; r < rounds; r++) {
    d.push(...(await measure(c.direct, Number(values.iterations) / rounds)));
    g.push(...(await measure(c.gql, Number(values.iterations) / rounds)));
  }
  g.sort((x, y) => x - y);
  d.sort((x, y) => x - y);
  console.log(
    `${c.name.padEnd(18)} ${percentile(g, 0.5).toFixed(1).padStart(7)} / ${percentile(g, 0.99).toFixed(1).padEnd(8)} ms   ${percentile(d, 0.5).toFixed(1).padStart(7)} / ${percentile(d, 0.99).toFixed(1).padEnd(8)} ms   ${(percentile(g, 0.5) / percentile(d, 0.5)).toFixed(2)}×`,
  );
}

// Load: concurrent clients on a mixed workload (search, neighborhood d1, relations page, paths).
const clients = Number(values.clients);
const deadline = Date.now() + Number(values.seconds) * 1000;
const latencies: number[] = [];
let errors = 0;
const mix = [cases[0]!, cases[1]!, cases[1]!, cases[4]!, cases[3]!];
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let i = client; Date.now() < deadline; i++) {
      const t = performance.now();
      try {
        await mix[i % mix.length]!.gql();
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  }),
);
latencies.sort((x, y) => x - y);
console.log(`load: ${clients} clients × ${values.seconds} s mixed: ${(latencies.length / Number(values.seconds)).toFixed(0)} requests/s, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ${errors} errors`);
console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: server and clients)`);
await app.close();
await driver.close();
