import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../db/connection.ts';
import { PROJECT_ROOT, readLocalSettings } from '../../db/local-settings.ts';
import { localStatus, startLocal, stopLocal } from '../../db/neo4j-local.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtraction } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { createApp, type App } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { hasChromium, launchBrowser, SCREENSHOTS } from './browser.ts';

const settings = inject('neo4j');
const driver = createDriver(settings, { maxRetryMs: 2_000 });
const XSS = '<img src=x onerror=alert(1)>';
let app: App;
let browser: Browser;
let page: Page;
let base = '';

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
const nodeIds = () => page.evaluate(() => (window as unknown as { cy: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } }).cy.nodes().map((n) => n.id()));

beforeAll(async () => {
  const target = { driver, database: settings.database };
  await ensureSchema(target);
  await seedPaths(target, [SAMPLES_DIR]);
  await loadExtraction(target, extractArticle({ title: `Hostile ${XSS}`, url: 'https://t.test/xss', published: '2025-05-05', source: 'Test', text: `Canada praised Mexico. ${XSS} appeared in the text.` }));
  app = await createApp({ db: createExecutor(driver, settings.database), webDir: join(PROJECT_ROOT, 'web/dist') });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on('dialog', () => {
    throw new Error('a dialog opened: article text was run as HTML');
  });
});
afterAll(async () => {
  if (settings.isLocal && !localStatus(readLocalSettings()).running) await startLocal(readLocalSettings(), () => {});
  await browser?.close();
  await app?.close();
  await driver.close();
});

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  it('goes from search to a laid-out canvas', async () => {
    await page.goto(base);
    await page.fill('#search', 'azerb');
    await page.waitForSelector('#search-results li[data-id]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5);
    expect(await nodeIds()).toContain('Q227');
    expect(page.url()).toContain('ids=Q227');
    await shot('search-to-canvas');
  });

  it('shows an edge’s evidence with both entities highlighted, linked to the article', async () => {
    const edgeId = await page.evaluate(() => (window as any).cy.edges('[type = "IN_TENSION_WITH"]')[0].id());
    await page.evaluate((id) => (window as any).cy.getElementById(id).emit('tap'), edgeId);
    await page.waitForSelector('#details .evidence li');
    expect(await page.locator('#details .evidence mark').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#details h3').textContent()).toMatch(/Why is this edge here/);
    await shot('edge-evidence');
    await page.locator('#details .evidence a').first().click();
    await page.waitForSelector('.article-text .mention');
    await shot('article-reader');
  });

  it('opens an entity in the graph from a mention in the article reader', async () => {
    const mention = page.locator('.article-text .mention.type-Country').first();
    const name = await mention.getAttribute('title');
    await mention.click();
    await page.waitForFunction(() => (window as any).cy.nodes().length > 1);
    expect(page.url()).toMatch(/#\/graph\?ids=/);
    expect(name).toMatch(/Country/);
  });

  it('filters by relation class from the legend, and reproduces the view from the URL', async () => {
    await page.goto(`${base}/#/graph?ids=Q227`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5);
    await page.getByLabel('Structural').uncheck();
    const hidden = await page.evaluate(() => (window as any).cy.edges('[class = "STRUCTURAL"]').every((e: any) => e.hasClass('hidden')));
    expect(hidden).toBe(true);
    expect(page.url()).toContain('hide=STRUCTURAL');
    await page.reload();
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5);
    expect(await page.getByLabel('Structural').isChecked()).toBe(false);
    expect(await nodeIds()).toContain('Q227');
    await page.goBack();
    await page.goForward();
    expect(page.url()).toContain('hide=STRUCTURAL');
  });

  it('expands a node with its neighbours', async () => {
    await page.goto(`${base}/#/graph?ids=Q227`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 2);
    const before = (await nodeIds()).length;
    await page.evaluate(() => (window as any).cy.getElementById('Q794').emit('tap'));
    await page.getByRole('button', { name: /Expand/ }).click();
    await page.waitForFunction((n) => (window as any).cy.nodes().length > n, before);
    expect((await nodeIds()).length).toBeGreaterThan(before);
  });

  it('shows article text as text, never as HTML', async () => {
    await page.goto(`${base}/#/article/${encodeURIComponent('url:https://t.test/xss')}`);
    await page.waitForSelector('.article-text');
    expect(await page.locator('.article-text').textContent()).toContain(XSS);
    expect(await page.locator('#article-view h1').textContent()).toContain(XSS);
    expect(await page.locator('#article-view img').count()).toBe(0);
    await shot('xss-as-text');
  });

  it.skipIf(!settings.isLocal)('says so when Neo4j is down', async () => {
    await stopLocal(readLocalSettings(), () => {});
    await page.goto(`${base}/#/graph?ids=Q30`);
    await page.waitForSelector('#status.error');
    expect(await page.locator('#status').textContent()).toMatch(/not reachable/);
    await shot('neo4j-down');
    await startLocal(readLocalSettings(), () => {});
  });
});
