/**
 * Server entry: wiring only. PORT (default 4000), NEO4J_* for the database, ENTENTE_API_TOKEN for
 * mutations, ENTENTE_WRITER_TOKENS for writers' own tokens (name:token,…; they sign notes), ENTENTE_CORS_ORIGINS for the origins other web pages may call the API from; limits
 * and budgets (ENTENTE_MAX_COST, ENTENTE_BUDGET_PER_MINUTE, ENTENTE_REQUEST_TIMEOUT_MS,
 * ENTENTE_MAX_RESULT_MB, ENTENTE_DB_CONCURRENCY) as docs/API.md, "Limits", says.
 */
import { join } from 'node:path';
import { createDriver, readConnectionSettings } from '../db/connection.ts';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { readNumber, readServerLimits } from './admission.ts';
import { createApp, parseCorsOrigins } from './app.ts';
import { parseWriterTokens } from './context.ts';
import { createExecutor, DEFAULT_SLOTS } from './db/executor.ts';
import { warmQueryPlans } from './db/warmup.ts';

export async function startServer(port = Number(process.env.PORT ?? 4000)) {
  const settings = readConnectionSettings();
  const limits = readServerLimits();
  const slots = Math.max(1, Math.round(readNumber(process.env, 'ENTENTE_DB_CONCURRENCY', DEFAULT_SLOTS)));
  const driver = createDriver(settings, { maxRetryMs: 3_000 });
  const db = createExecutor(driver, settings.database, { slots });
  const app = await createApp({
    db,
    limits,
    apiToken: process.env.ENTENTE_API_TOKEN || undefined,
    writerTokens: parseWriterTokens(process.env.ENTENTE_WRITER_TOKENS),
    corsOrigins: parseCorsOrigins(process.env.ENTENTE_CORS_ORIGINS),
    webDir: join(PROJECT_ROOT, 'web/dist'),
    isDevelopment: process.env.NODE_ENV === 'development',
  });
  await new Promise<void>((done, fail) => {
    app.server.once('error', fail);
    app.server.listen(port, '127.0.0.1', () => done());
  });
  // Plans the common query shapes while the first clients arrive (a restarted Neo4j has none cached).
  warmQueryPlans(db).catch((error: Error) => console.error(`warming query plans: ${error.message}`));
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await app.close();
      await driver.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startServer().catch((error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  });
  console.log(`Entente is serving ${running.url} (GraphQL at ${running.url}graphql)`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop); // idempotent: tsx relays the terminal's signal a second time
  process.on('SIGTERM', stop);
}
