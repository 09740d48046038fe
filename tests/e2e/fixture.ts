/**
 * One browser test file's world: the sample articles loaded into the real Neo4j, the real
 * server serving the built web app, and one Chromium page. E2E_WEB_DIR serves another build
 * (to check that a test fails on an older one).
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { createDriver } from '../../db/connection.ts';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { extractArticle } from '../../seed/extract/extract.ts';
import { ensureSchema, loadExtraction } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import type { Article } from '../../seed/types.ts';
import { createApp, type App, type AppOptions } from '../../server/app.ts';
import { createExecutor } from '../../server/db/executor.ts';
import { launchBrowser, SCREENSHOTS } from './browser.ts';

export interface Explorer {
  base: string;
  browser: Browser;
  page: Page;
  app: App;
  driver: ReturnType<typeof createDriver>;
  shot(name: string): Promise<unknown>;
  close(): Promise<void>;
}

export const WEB_DIR = process.env.E2E_WEB_DIR ?? join(PROJECT_ROOT, 'web/dist');

/** Seeds the samples (and `extra` articles), starts the server (with `app` options) and a page of `width`×`height`. */
export async function startExplorer(options: { extra?: Article[]; width?: number; height?: number; app?: Partial<AppOptions> } = {}): Promise<Explorer> {
  const settings = inject('neo4j');
  const driver = createDriver(settings, { maxRetryMs: 2_000 });
  const target = { driver, database: settings.database };
  await ensureSchema(target);
  await seedPaths(target, [SAMPLES_DIR]);
  for (const article of options.extra ?? []) await loadExtraction(target, extractArticle(article));
  const app = await createApp({ db: createExecutor(driver, settings.database), webDir: WEB_DIR, ...options.app });
  await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 850 }, acceptDownloads: true });
  page.on('dialog', () => {
    throw new Error('a dialog opened: article text was run as HTML');
  });
  // E2E_TIMEOUT_MS shortens the waits (checking that tests fail on an older build needs no 30 s each).
  if (process.env.E2E_TIMEOUT_MS) page.setDefaultTimeout(Number(process.env.E2E_TIMEOUT_MS));
  return {
    base,
    browser,
    page,
    app,
    driver,
    shot: (name) => shotOf(page, name),
    async close() {
      await browser.close();
      await app.close();
      await driver.close();
    },
  };
}

/** A screenshot of any page into tests/artifacts/screenshots/NAME.png. */
export const shotOf = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

/** Helpers run in the page: the canvas and the investigation's store. */
export const inPage = {
  nodeIds: (page: Page) => page.evaluate(() => (window as any).cy.nodes().map((n: any) => n.id()) as string[]),
  positions: (page: Page) => page.evaluate(() => Object.fromEntries((window as any).cy.nodes().map((n: any) => [n.id(), { ...n.position() }])) as Record<string, { x: number; y: number }>),
  state: (page: Page) => page.evaluate(() => (window as any).entente.store.state),
  /** Waits until the canvas has at least `n` nodes and no layout is running. */
  waitForNodes: (page: Page, n: number) => page.waitForFunction((min) => (window as any).cy.nodes().length >= min && document.body.dataset.layout !== undefined, n),
  tap: (page: Page, id: string) => page.evaluate((x) => void (window as any).cy.getElementById(x).emit('tap'), id),
};

/**
 * Loads the app afresh at `hash` (a new document: nothing left from the test before) and waits for
 * its canvas; `search` goes before the hash (`?linkLimit=N`: when a canvas gets a short link).
 */
export async function openFresh(page: Page, base: string, hash: string, minNodes = 1, search = ''): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${base}/${search}${hash}`);
  if (hash.startsWith('#/graph?ids=')) await inPage.waitForNodes(page, minNodes);
}

/** Opens the app on a search result (the default: added to the canvas). */
export async function searchAndAdd(page: Page, text: string, options: { replace?: boolean } = {}): Promise<void> {
  await page.fill('#search', text);
  await page.waitForSelector('#search-results li[data-id]');
  await page.keyboard.press(options.replace ? 'Shift+Enter' : 'Enter');
}

/** Clicks one choice of the Export menu and returns the downloaded file's path and name. */
export async function exportFile(p: Page, format: string): Promise<{ path: string; name: string }> {
  await p.click('#export-button');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click(`#export-${format}`)]);
  await p.waitForFunction(() => (document.querySelector('#export-button') as HTMLButtonElement | null)?.textContent?.includes('Export'));
  return { path: (await download.path())!, name: download.suggestedFilename() };
}
