/**
 * Ingest does not block the server: extraction runs in worker threads, so /healthz answers while
 * a large article is extracted (observed as answers that arrive during the extraction, which an
 * extraction on the server's own thread would make impossible, whatever the machine's speed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../seed/seed-cli.ts';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { createExtractPool, type Extractor } from '../../server/extract-pool.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'ingest-test-token';
const { driver, database } = openTestDriver();
const pool = createExtractPool();
let isExtracting = false;
let extractions = 0;
// The real pool, watched: the flag is up from the call until its result is back on this thread.
const extractor: Extractor = {
  async extract(article) {
    isExtracting = true;
    try {
      return await pool.extract(article);
    } finally {
      isExtracting = false;
      extractions++;
    }
  },
  close: () => pool.close(),
};
let api: TestApi;

/** About `chars` characters of news prose: the sample articles' bodies, repeated. */
function largeText(chars: number): string {
  const bodies = readdirSync(SAMPLES_DIR).map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8').replace(/^#.*$/gm, '').trim());
  let text = '';
  for (let i = 0; text.length < chars; i++) text += bodies[i % bodies.length] + '\n\n';
  return text.slice(0, chars);
}

beforeAll(async () => {
  await ensureSchema({ driver, database });
  api = await startApi(driver, database, { apiToken: TOKEN, extractor });
});
afterAll(async () => {
  await api.close();
  await pool.close();
  await driver.close();
});

describe('ingestArticle', () => {
  it('extracts in a worker thread: /healthz answers while a large article is extracted', async () => {
    const text = largeText(600_000);
    let isIngestDone = false;
    const ingest = api
      .gql('mutation ($a: ArticleInput!) { ingestArticle(input: $a) { status relations } }', { a: { title: 'Large', text, url: 'https://t.test/large' } }, { authorization: `Bearer ${TOKEN}` })
      .finally(() => (isIngestDone = true));
    let answeredDuringExtraction = 0;
    while (!isIngestDone) {
      const response = await fetch(`${api.base}/healthz`);
      expect(response.status).toBe(200);
      if (isExtracting) answeredDuringExtraction++;
    }
    const { body } = await ingest;
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle).toMatchObject({ status: 'new' });
    expect(body.data.ingestArticle.relations).toBeGreaterThan(0);
    expect(extractions).toBe(1);
    // An answer seen while the extraction was under way came before the ingest finished.
    expect(answeredDuringExtraction).toBeGreaterThan(0);
  });
});
