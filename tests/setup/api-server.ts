/** The API on a free port against the test Neo4j, and a GraphQL client for it over real HTTP. */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type App, type AppOptions } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';

export interface GqlResult {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[]; extensions?: any };
}

export interface TestApi {
  app: App;
  base: string;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult>;
  /**
   * The same from another local address (127.0.0.2, …: the loopback network answers them all),
   * as a second client on another machine would be seen.
   */
  gqlFrom(localAddress: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult>;
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
    gqlFrom(localAddress, query, variables = {}, headers = {}) {
      const body = JSON.stringify({ query, variables });
      return new Promise<GqlResult>((resolve, reject) => {
        const req = request(`${base}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') responseHeaders.set(k, v);
            resolve({ status: res.statusCode ?? 0, headers: responseHeaders, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as GqlResult['body'] });
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => app.close(),
  };
}
