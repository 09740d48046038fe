/** The API on a free port against the test Neo4j, and a GraphQL client for it over real HTTP. */
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type App, type AppOptions } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';

export interface GqlResult {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions: { code: string } }[] };
}

export interface TestApi {
  app: App;
  base: string;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult>;
  close(): Promise<void>;
}

export async function startApi(driver: Driver, database: string, options: Partial<AppOptions> = {}): Promise<TestApi> {
  const app = await createApp({ db: createExecutor(driver, database), ...options });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    base,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, headers: response.headers, body: JSON.parse(await response.text()) as GqlResult['body'] };
    },
    close: () => app.close(),
  };
}
