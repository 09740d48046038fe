/** Issue 13, point 3: views saved by name restore exactly, in this browser and in a fresh one; files too. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, shotOf, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;

/** What must come back: elements, places, pins, hidden nodes, filters, selection. */
const snapshot = (p: Page) =>
  p.evaluate(() => {
    const s = (window as any).entente.store.state;
    const cy = (window as any).cy;
    return {
      nodes: Object.keys(s.nodes).sort(),
      edges: Object.keys(s.edges).sort(),
      positions: s.positions,
      drawn: Object.fromEntries(cy.nodes().map((n: any) => [n.id(), { x: Math.round(n.position().x), y: Math.round(n.position().y) }])),
      pinned: s.pinned,
      hidden: s.hidden,
      filters: s.filters,
      selection: s.selection,
      hiddenOnCanvas: cy.nodes('.hidden').map((n: any) => n.id()).sort(),
    };
  });

describe.skipIf(!hasChromium)('saved views', () => {
  let saved: Awaited<ReturnType<typeof snapshot>>;
  let viewId = '';

  beforeAll(async () => {
    x = await startExplorer();
  });
  afterAll(() => x?.close());

  it('saves an investigation by name: elements, positions, pins, hidden and removed nodes, filters, selection', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    // Expand Israel, remove Turkey, hide Armenia, pin Iran, drag Israel, untick Structural, select Iran.
    await inPage.tap(page(), 'Q801');
    await page().click('#expand-all');
    await page().waitForFunction(() => (window as any).cy.getElementById('Q232').nonempty());
    await inPage.tap(page(), 'Q43');
    await page().getByRole('button', { name: 'Remove', exact: true }).click();
    await inPage.tap(page(), 'Q399');
    await page().getByRole('button', { name: 'Hide', exact: true }).click();
    await inPage.tap(page(), 'Q794');
    await page().getByRole('button', { name: 'Pin', exact: true }).click();
    const israel = await page().evaluate(() => (window as any).cy.getElementById('Q801').renderedPosition());
    const israelBefore = await page().evaluate(() => (window as any).entente.store.state.positions.Q801);
    const canvas = (await page().locator('#cy').boundingBox())!;
    await page().mouse.move(canvas.x + israel.x, canvas.y + israel.y);
    await page().mouse.down();
    await page().mouse.move(canvas.x + israel.x + 60, canvas.y + israel.y + 40, { steps: 5 });
    await page().mouse.up();
    await page().waitForFunction((p) => (window as any).entente.store.state.positions.Q801.x !== p.x, israelBefore);
    await page().getByLabel('Structural', { exact: true }).uncheck();
    await inPage.tap(page(), 'Q794');
    saved = await snapshot(page());
    expect(saved.nodes).not.toContain('Q43');
    expect(saved.hidden).toEqual(['Q399']);

    await page().click('#views-button');
    await page().fill('#view-name', 'Caucasus: Israel, Azerbaijan, Iran');
    await page().getByRole('button', { name: 'Save view' }).click();
    await page().waitForSelector('.view-list a:has-text("Caucasus: Israel, Azerbaijan, Iran")');
    viewId = await page().evaluate(() => (window as any).entente.store.state.view.id);
    expect(page().url()).toContain(`#/view/${viewId}`);
  });

  it('reopens it exactly from a link in a fresh browser', async () => {
    const fresh = await x.browser.newContext({ viewport: { width: 1400, height: 850 } });
    const other = await fresh.newPage();
    await other.goto(`${x.base}/#/view/${viewId}`);
    await other.waitForFunction(() => (window as any).entente?.store.state.view !== null && (window as any).cy.nodes().length > 0);
    const reopened = await snapshot(other);
    expect(reopened).toEqual(saved);
    expect(await other.locator('#view-title').textContent()).toContain('Caucasus: Israel, Azerbaijan, Iran');
    await shotOf(other, 'saved-investigation');
    await fresh.close();
  });

  it('lists saved views and opens one from the list, replacing the canvas as one undoable change', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q30', 2);
    await page().click('#views-button');
    await page().click('.view-list a:has-text("Caucasus: Israel, Azerbaijan, Iran")');
    await page().waitForFunction((id) => (window as any).entente.store.state.view?.id === id, viewId);
    expect(await snapshot(page())).toEqual(saved);
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).entente.store.state.seeds.join() === 'Q30');
  });

  it('exports a view as a file and imports it elsewhere', async () => {
    await openFresh(page(), x.base, `#/view/${viewId}`);
    await page().waitForFunction(() => (window as any).cy.nodes().length > 0);
    await page().click('#views-button');
    const [download] = await Promise.all([page().waitForEvent('download'), page().click('#export-json')]);
    const file = (await download.path())!;
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Caucasus: Israel, Azerbaijan, Iran');

    const fresh = await x.browser.newContext({ viewport: { width: 1400, height: 850 } });
    const other = await fresh.newPage();
    await other.goto(x.base);
    await other.click('#views-button');
    await other.setInputFiles('#views-panel input[type=file]', file);
    await other.waitForFunction(() => (window as any).cy.nodes().length > 0);
    const imported = await snapshot(other);
    expect({ ...imported, selection: saved.selection }).toEqual(saved);
    // A file that is not a view is refused with a message, and the canvas stays.
    await other.click('#views-button');
    await other.setInputFiles('#views-panel input[type=file]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await other.waitForSelector('#status.error');
    expect(await other.locator('#status').textContent()).toMatch(/not an Entente view/);
    expect((await snapshot(other)).nodes).toEqual(saved.nodes);
    await fresh.close();
  });

  it('deletes a view', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q30', 2);
    await page().click('#views-button');
    await page().getByRole('button', { name: 'Delete Caucasus: Israel, Azerbaijan, Iran' }).click();
    await page().waitForSelector('#views-panel :text("No saved views yet.")');
  });
});
