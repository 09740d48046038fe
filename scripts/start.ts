/**
 * npm start: the whole product on one machine. Starts the local Neo4j when NEO4J_URI is unset,
 * builds the web app when its sources changed, loads the bundled samples (idempotent), serves
 * GraphQL and the web app on PORT (default 4000). Ctrl-C stops what this command started.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { PROJECT_ROOT, readLocalSettings } from '../db/local-settings.ts';
import { stopLocal } from '../db/neo4j-local.ts';
import { SAMPLES_DIR, seedPaths } from '../seed/seed-cli.ts';
import { startServer } from '../server/index.ts';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

async function buildWebIfStale(): Promise<void> {
  const built = join(PROJECT_ROOT, 'web/dist/index.html');
  const sources = Math.max(newestMtime(join(PROJECT_ROOT, 'web/src')), newestMtime(join(PROJECT_ROOT, 'web/index.html')), newestMtime(join(PROJECT_ROOT, 'vite.config.ts')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the web app…');
  await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), root: join(PROJECT_ROOT, 'web'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  const { driver, settings, startedLocal } = await connectNeo4j((line) => console.log(line));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await server?.close().catch(() => {});
    await driver.close().catch(() => {});
    if (startedLocal) await stopLocal(readLocalSettings());
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0)); // on, not once: tsx relays the terminal's signal a second time
  process.on('SIGTERM', () => void stop(0));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await buildWebIfStale();
    console.log('Loading the sample articles…');
    const summary = await seedPaths({ driver, database: settings.database }, [SAMPLES_DIR]);
    const c = summary.counts;
    console.log(`Samples: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed.`);
    for (const failure of summary.failures) console.error(`error: ${failure}`);
    server = await startServer();
    console.log(`\nEntente is ready: open ${server.url}  (GraphQL API at ${server.url}graphql; Ctrl-C to stop)`);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    await stop(1);
  }
}

try {
  await main();
} catch (error) {
  // User-facing failures (Java missing, port taken, Neo4j unreachable) as one clear line.
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
