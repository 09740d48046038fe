/**
 * Server entry: wiring only. PORT (default 4000), NEO4J_* for the database, ENTENTE_API_TOKEN for
 * mutations (ENTENTE_API_TOKENS: name:token pairs of writers whose notes carry their name), ENTENTE_CORS_ORIGINS for the origins other web pages may call the API from.
 */
import { join } from 'node:path';
import { createDriver, readConnectionSettings } from '../db/connection.ts';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { createApp, parseCorsOrigins } from './app.ts';
import { parseWriters } from './context.ts';
import { createExecutor } from './db/executor.ts';

export async function startServer(port = Number(process.env.PORT ?? 4000)) {
  const settings = readConnectionSettings();
  const driver = createDriver(settings, { maxRetryMs: 3_000 });
  const app = await createApp({
    db: createExecutor(driver, settings.database),
    apiToken: process.env.ENTENTE_API_TOKEN || undefined,
    writers: parseWriters(process.env.ENTENTE_API_TOKENS),
    corsOrigins: parseCorsOrigins(process.env.ENTENTE_CORS_ORIGINS),
    webDir: join(PROJECT_ROOT, 'web/dist'),
    isDevelopment: process.env.NODE_ENV === 'development',
  });
  await new Promise<void>((done, fail) => {
    app.server.once('error', fail);
    app.server.listen(port, '127.0.0.1', () => done());
  });
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
