/**
 * CORS over real HTTP: configured origins get a grant (and their preflight an answer), others
 * none; Apollo's CSRF prevention still refuses simple requests a page could send without asking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../../server/app.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const ALLOWED = 'https://research.example.org';
const OTHER = 'https://evil.example.com';
const { driver, database } = openTestDriver();
let api: TestApi;
let closed: TestApi;

beforeAll(async () => {
  api = await startApi(driver, database, { corsOrigins: parseCorsOrigins(` ${ALLOWED}/ , http://localhost:5173`) });
  closed = await startApi(driver, database);
});
afterAll(async () => {
  await api.close();
  await closed.close();
  await driver.close();
});

const post = (base: string, origin: string) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
const preflight = (base: string, origin: string) =>
  fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

describe('CORS', () => {
  it('grants an allowed origin, on the request and its preflight', async () => {
    const response = await post(api.base, ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toMatch(/Origin/);
    const options = await preflight(api.base, ALLOWED);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(options.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(options.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it('grants nothing to other origins, nor to any origin by default', async () => {
    for (const [base, origin] of [[api.base, OTHER], [closed.base, ALLOWED]] as const) {
      const response = await post(base, origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const options = await preflight(base, origin);
      expect(options.status).toBe(403);
      expect(options.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('keeps CSRF prevention: a GET query without a preflight-forcing header is refused, even from an allowed origin', async () => {
    const response = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const withHeader = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ stats { articles } }')}`, { headers: { origin: ALLOWED, 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
  });
});
