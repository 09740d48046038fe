import { readFile } from 'node:fs/promises';
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
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
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
    // Another layout on demand keeps every element and lays them out again.
    const count = (await nodeIds()).length;
    await page.selectOption('#layout', 'concentric');
    await page.waitForFunction(() => document.body.dataset.layout !== undefined);
    expect((await nodeIds()).length).toBe(count);
  });

  it('shows an edge’s evidence with both entities highlighted, linked to the article', async () => {
    const edgeId = await page.evaluate(() => (window as any).cy.edges('[type = "IN_TENSION_WITH"]')[0].id());
    await page.evaluate((id) => void (window as any).cy.getElementById(id).emit('tap'), edgeId);
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
    await page.evaluate(() => void (window as any).cy.getElementById('Q794').emit('tap'));
    await page.getByRole('button', { name: /Expand/ }).click();
    await page.waitForFunction((n) => (window as any).cy.nodes().length > n, before);
    expect((await nodeIds()).length).toBeGreaterThan(before);
  });

  it('expands one kind of relation from the node panel', async () => {
    await page.goto(`${base}/#/graph?ids=Q794`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 1);
    await page.evaluate(() => void (window as any).cy.getElementById('Q227').emit('tap'));
    const button = page.getByRole('button', { name: /^allied with \(\d+\)$/ });
    await button.click();
    await page.waitForFunction(() => (window as any).cy.edges('[type = "ALLIED_WITH"]').length > 0);
    expect(await page.evaluate(() => (window as any).cy.getElementById('Q801').nonempty())).toBe(true);
  });

  it('hides entity types, and edges stated by fewer articles than asked, from the URL', async () => {
    await page.goto(`${base}/#/graph?ids=Q227&types=Person`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5);
    const byType = await page.evaluate(() => {
      const cy = (window as any).cy;
      return { people: cy.nodes('[type = "Person"]').length, peopleHidden: cy.nodes('[type = "Person"]').every((n: any) => n.hasClass('hidden')), countriesShown: cy.nodes('[type = "Country"]').every((n: any) => !n.hasClass('hidden')) };
    });
    expect(byType).toMatchObject({ peopleHidden: true, countriesShown: true });
    expect(byType.people).toBeGreaterThan(0);
    expect(await page.getByLabel('Person').isChecked()).toBe(false);

    await page.goto(`${base}/#/graph?ids=Q227&min=2`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5 && (window as any).cy.edges('.hidden').length > 0);
    const byArticles = await page.evaluate(() => {
      const edges = (window as any).cy.edges().map((e: any) => ({ articles: e.data('articles'), hidden: e.hasClass('hidden') }));
      return { weakHidden: edges.filter((e: any) => e.articles < 2).every((e: any) => e.hidden), strong: edges.filter((e: any) => e.articles >= 2) };
    });
    expect(byArticles.weakHidden).toBe(true);
    expect(byArticles.strong.length).toBeGreaterThan(0);
    expect(byArticles.strong.every((e: any) => !e.hidden)).toBe(true);
  });

  it('highlights the shortest paths between two entities and charts their trend', async () => {
    await page.goto(`${base}/#/graph?ids=Q801`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 2);
    await page.evaluate(() => void (window as any).cy.getElementById('Q801').emit('tap'));
    await page.getByRole('button', { name: 'Path from here' }).click();
    await page.evaluate(() => void (window as any).cy.add({ group: 'nodes', data: { id: 'Q794', label: 'Iran', type: 'Country', degree: 1 } }));
    await page.evaluate(() => void (window as any).cy.getElementById('Q794').emit('tap'));
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.waitForSelector('#details h2:has-text("How Israel connects to Iran")');
    const onPath = await page.evaluate(() => (window as any).cy.elements('.path').map((e: any) => e.id()));
    expect(onPath).toEqual(expect.arrayContaining(['Q801', 'Q794', 'Q227']));
    await page.waitForSelector('#details h3:has-text("Trend between Israel and Iran") + p');
    expect(await page.locator('#details').textContent()).toMatch(/No direct relations between them/);
    await shot('paths');
    // A pair with direct relations gets the cooperation/conflict chart.
    await page.evaluate(() => void (window as any).cy.getElementById('Q227').emit('tap'));
    await page.getByRole('button', { name: 'Path from here' }).click();
    await page.evaluate(() => void (window as any).cy.getElementById('Q794').emit('tap'));
    await page.getByRole('button', { name: 'Path to here' }).click();
    await page.waitForSelector('#details svg.trend rect', { state: 'attached' });
    expect(await page.locator('#details svg.trend rect[fill="#dc2626"]').count()).toBeGreaterThan(0);
    await shot('pair-trend');
  });

  it('exports the view as PNG and as JSON', async () => {
    await page.goto(`${base}/#/graph?ids=Q227`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 5);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('entente-graph.png');
    const pngBytes = await readFile((await png.path())!);
    expect([...pngBytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(exported.elements.some((e: any) => e.data.id === 'Q227')).toBe(true);
    expect(exported.view).toContain('ids=Q227');
  });

  it('moves between nodes and expands them with the keyboard', async () => {
    await page.goto(`${base}/#/graph?ids=Q794`);
    await page.waitForFunction(() => (window as any).cy.nodes().length > 1 && document.body.dataset.layout !== undefined);
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#details h2');
    const first = await page.locator('#details h2').textContent();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((name) => document.querySelector('#details h2')?.textContent !== name, first);
    const selected = await page.evaluate(() => (window as any).cy.nodes(':selected').map((n: any) => n.data('label')));
    expect(selected).toEqual([await page.locator('#details h2').textContent()]);
    const selectedId = await page.evaluate(() => (window as any).cy.nodes(':selected')[0].id());
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('neighborhood')),
      page.keyboard.press('Enter'),
    ]);
    expect(JSON.parse(request.postData() ?? '{}').variables.ids).toEqual([selectedId]);
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
