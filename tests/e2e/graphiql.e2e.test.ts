/**
 * The bundled GraphQL IDE in Chromium against the real server: it loads the schema by
 * standard introspection, so its docs explorer lists the Query fields with their descriptions,
 * and the example query runs.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtraction } from '../../seed/load/neo4j-loader.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';
import { hasChromium, launchBrowser, SCREENSHOTS } from './browser.ts';

const { driver, database } = openTestDriver();
let api: TestApi;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await ensureSchema({ driver, database });
  await loadExtraction({ driver, database }, extractArticle({ title: 'Border talks', url: 'https://t.test/ide', published: '2024-04-04', text: 'Azerbaijan accused Iran of massing troops near the border.' }));
  api = await startApi(driver, database, { webDir: join(PROJECT_ROOT, 'web/dist') });
  if (!hasChromium) return;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await driver.close();
});

describe.skipIf(!hasChromium)('the GraphQL IDE in Chromium', () => {
  it('loads the schema and shows the Query fields, described, in its docs explorer', async () => {
    const errors: string[] = [];
    page.on('response', async (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/graphql') && response.status() !== 200) errors.push(`${response.status()} ${await response.text()}`);
    });
    await page.goto(`${api.base}/graphql`, { waitUntil: 'networkidle' }); // a browser on /graphql lands in the IDE
    expect(page.url()).toMatch(/graphiql\.html$/);
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    const fields = page.locator('.graphiql-doc-explorer-field-name');
    await fields.filter({ hasText: 'pair' }).first().waitFor();
    const names = await fields.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['search', 'entity', 'node', 'entities', 'neighborhood', 'paths', 'relations', 'pair', 'articles', 'stats']));
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent()).toMatch(/between two entities/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql-docs.png') });
  });

  it('runs the example query and shows the answer', async () => {
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').textContent(), { timeout: 20_000 }).toMatch(/"data": \{\s*"search"/);
    expect(await page.locator('.graphiql-response').textContent()).not.toMatch(/"errors"/);
  });
});
