/**
 * Fair share per client, over real HTTP: each client (the API token when it presents it, else its
 * address) has a budget of cost points per minute; every answer says what is left in the
 * RateLimit header fields; a client over budget gets 429 with Retry-After and a GraphQL error,
 * while the other clients are still served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtractions } from '../../seed/load/neo4j-loader.ts';
import { startApi, type GqlResult, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'budget-test-token';
const { driver, database } = openTestDriver();
const PAGE = '{ relations(first: 3) { nodes { id type source { name } target { name } } } }';
let standard: TestApi;

const header = (r: GqlResult, name: string) => r.headers.get(name);
const remainingOf = (r: GqlResult) => Number(header(r, 'ratelimit-remaining'));

beforeAll(async () => {
  await ensureSchema({ driver, database });
  const articles = [
    { title: 'Row', url: 'https://t.test/b1', published: '2021-02-10', text: 'Chile accused Peru of violating the maritime border.' },
    { title: 'Praise', url: 'https://t.test/b2', published: '2022-03-01', text: 'Chile praised Bolivia for its restraint.' },
  ];
  await loadExtractions({ driver, database }, articles.map((a) => extractArticle(a)));
  standard = await startApi(driver, database, { apiToken: TOKEN });
});
afterAll(async () => {
  await standard.close();
  await driver.close();
});

describe('client budgets', () => {
  it('puts the budget in the headers of every answer, and the cost in extensions.cost', async () => {
    const answered = await standard.gql(PAGE);
    expect(answered.status).toBe(200);
    expect(header(answered, 'ratelimit-limit')).toBe('400000');
    expect(header(answered, 'ratelimit-policy')).toBe('400000;w=60');
    const { estimated, budget } = answered.body.extensions.cost;
    expect(estimated).toBeGreaterThan(0);
    expect(remainingOf(answered)).toBe(budget.remaining);
    expect(remainingOf(answered)).toBeLessThanOrEqual(400_000 - estimated);
    expect(Number(header(answered, 'ratelimit-reset'))).toBeGreaterThanOrEqual(0);
    // Refusals carry them too.
    const syntax = await standard.gql('{ relations(');
    expect(syntax.status).toBe(400);
    expect(header(syntax, 'ratelimit-remaining')).not.toBeNull();
  });

  it('refuses a client over its budget with 429, Retry-After and a GraphQL error, and serves the others', async () => {
    const tight = await startApi(driver, database, { apiToken: TOKEN, limits: { pointsPerMinute: 300 } });
    try {
      const first = await tight.gql(PAGE);
      expect(first.status).toBe(200);
      const cost = first.body.extensions.cost.estimated as number;
      let refused = first;
      for (let i = 0; i < Math.ceil(300 / cost) && refused.status === 200; i++) refused = await tight.gql(PAGE);
      expect(refused.status).toBe(429);
      expect(Number(header(refused, 'retry-after'))).toBeGreaterThanOrEqual(1);
      expect(remainingOf(refused)).toBeLessThan(cost);
      const error = refused.body.errors?.[0];
      expect(error?.extensions.code).toBe('RATE_LIMITED');
      expect(error?.message).toMatch(new RegExp(`costs ${cost} points and your budget has \\d+ left \\(300 points per minute, refilled continuously\\)\\. Retry after \\d+ s`));
      // Another address, and the API token from this one, have budgets of their own.
      expect((await tight.gqlFrom('127.0.0.2', PAGE)).status).toBe(200);
      expect((await tight.gql(PAGE, {}, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
      // A wrong token is no identity: still this address's budget.
      expect((await tight.gql(PAGE, {}, { authorization: 'Bearer guess' })).status).toBe(429);
    } finally {
      await tight.close();
    }
  });

  it('refuses a client with no points left before parsing what it sends', async () => {
    // One point a minute: the first request (of any cost over 1) is refused by its cost, a syntax error spends the point.
    const empty = await startApi(driver, database, { limits: { pointsPerMinute: 1 } });
    try {
      expect((await empty.gql(PAGE)).body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      expect((await empty.gql('{ relations(')).status).toBe(400);
      const refused = await empty.gql('not even GraphQL');
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.message).toMatch(/^Your budget is spent \(1 points per minute/);
      expect(header(refused, 'ratelimit-remaining')).toBe('0');
      expect(Number(header(refused, 'retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await empty.close();
    }
  });

  it('refuses a request it has just refused before parsing it again, with the same answer, and still serves what the client can afford', async () => {
    const cost = (await standard.gql(PAGE)).body.extensions.cost.estimated as number;
    expect(cost).toBeGreaterThan(1);
    // Room for one page and a half: the second page is refused after its estimate, the third before it.
    const tight = await startApi(driver, database, { limits: { pointsPerMinute: Math.floor(1.5 * cost) } });
    try {
      expect((await tight.gql(PAGE)).status).toBe(200);
      const estimated = await tight.gql(PAGE);
      const early = await tight.gql(PAGE);
      for (const refused of [estimated, early]) {
        expect(refused.status).toBe(429);
        expect(Number(header(refused, 'retry-after'))).toBeGreaterThanOrEqual(1);
        expect(remainingOf(refused)).toBeLessThan(cost);
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        expect(refused.body.errors?.[0]?.message).toMatch(new RegExp(`^This request costs ${cost} points and your budget has \\d+ left`));
        expect(refused.body.extensions.cost).toMatchObject({ estimated: cost, budget: { remaining: remainingOf(refused) } });
      }
      expect(Object.keys(early.body)).toEqual(Object.keys(estimated.body));
      // Before Apollo sees it: the same body as text/plain, which Apollo's CSRF prevention would answer with 400.
      const asText = (base: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: PAGE, variables: {} }) });
      expect((await asText(tight.base)).status).toBe(429);
      expect((await asText(standard.base)).status).toBe(400);
      // Another request that the client can afford is estimated and answered.
      expect((await tight.gql('{ __typename }')).status).toBe(200);
    } finally {
      await tight.close();
    }
  });

  it('charges a bulk export to the same budget: answered with the headers, then 429 once spent', async () => {
    // Room for one export (20,000 points) and not two.
    const tight = await startApi(driver, database, { limits: { pointsPerMinute: 30_000 } });
    try {
      const first = await fetch(`${tight.base}/export/relations.csv`);
      expect(first.status).toBe(200);
      expect(await first.text()).toContain('ACCUSES');
      expect(Number(first.headers.get('ratelimit-remaining'))).toBeLessThanOrEqual(10_000);
      const second = await fetch(`${tight.base}/export/relations.csv`);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await second.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]?.message).toMatch(/costs 20000 points/);
      // A GraphQL page costs far less: this client can still read one.
      expect((await tight.gql(PAGE)).status).toBe(200);
    } finally {
      await tight.close();
    }
  });

  it('is off with 0 points per minute: no headers, no refusals', async () => {
    const open = await startApi(driver, database, { limits: { pointsPerMinute: 0 } });
    try {
      const answered = await open.gql(PAGE);
      expect(answered.status).toBe(200);
      expect(header(answered, 'ratelimit-limit')).toBeNull();
      expect(answered.body.extensions.cost.budget).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});
