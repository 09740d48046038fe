/**
 * Issue 13, points 1, 2, 8 and 9: the canvas is a working set (add by default, undo and redo),
 * the layout keeps the mental map, readability and the keyboard, and one serializable state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, searchAndAdd, startExplorer, type Explorer } from './fixture.ts';

const LONG_NAME = 'The Interparliamentary Standing Commission on Caspian Energy Corridors, Transit Tariffs and Maritime Boundary Arbitrations of 2025';
let x: Explorer;
const page = () => x.page;
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe.skipIf(!hasChromium)('an investigation that stays put', () => {
  beforeAll(async () => {
    x = await startExplorer();
    // An entity with a 130-character name, related to Azerbaijan (written straight into the graph, as the loader would).
    await x.driver.executeQuery(
      `MATCH (az:Entity {id: 'Q227'})
       CREATE (o:Entity:Organization {id: 'test:long-name', name: $name, type: 'Organization', aliases: [], known: false})
       CREATE (o)-[:MEMBER_OF {id: 'MEMBER_OF:test:long-name:Q227', class: 'structural', symmetric: false, articleCount: 1, outletCount: 1, score: 0.6, firstSeen: '2025-03-04', lastSeen: '2025-03-04'}]->(az)`,
      { name: LONG_NAME },
    );
    expect(LONG_NAME.length).toBe(130);
  });
  afterAll(() => x?.close());

  it('adds a search result to the canvas, selected and centred; opening alone is the explicit choice', async () => {
    await openFresh(page(), x.base, '');
    await searchAndAdd(page(), 'azerb');
    await inPage.waitForNodes(page(), 5);
    const azerbaijanGraph = await inPage.nodeIds(page());
    await searchAndAdd(page(), 'Kazakhstan');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q232');
    const ids = await inPage.nodeIds(page());
    expect(ids).toEqual(expect.arrayContaining([...azerbaijanGraph, 'Q232']));
    // Centred: the new entity is in the middle of the canvas.
    const { rendered, width, height } = await page().evaluate(() => {
      const cy = (window as any).cy;
      return { rendered: cy.getElementById('Q232').renderedPosition(), width: cy.width(), height: cy.height() };
    });
    expect(distance(rendered, { x: width / 2, y: height / 2 })).toBeLessThan(20);
    expect(await page().locator('#details h2').textContent()).toBe('Kazakhstan');

    await searchAndAdd(page(), 'Iran', { replace: true });
    await page().waitForFunction(() => !(window as any).cy.getElementById('Q232').nonempty() || (window as any).entente.store.state.seeds.join() === 'Q794');
    await inPage.waitForNodes(page(), 2);
    expect((await inPage.state(page())).seeds).toEqual(['Q794']);
    expect(await inPage.nodeIds(page())).not.toContain('Q232');
  });

  it('adds an entity clicked in the article reader to the canvas instead of replacing it', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 3);
    const before = await inPage.nodeIds(page());
    await page().goto(`${x.base}/#/article/${encodeURIComponent('url:https://samples.entente.dev/saar-visits-baku')}`);
    await page().locator('.article-text .mention', { hasText: 'Gideon Sa' }).first().click();
    await page().waitForFunction(() => location.hash.startsWith('#/graph') && (window as any).entente.store.state.selection.kind === 'node');
    const after = await inPage.nodeIds(page());
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('undoes and redoes every canvas change, by button and by Ctrl+Z / Ctrl+Shift+Z', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const start = await inPage.positions(page());
    // Remove (keyboard), then undo with the button: it comes back where it was.
    await inPage.tap(page(), 'Q43');
    await page().focus('#cy');
    await page().keyboard.press('Delete');
    await page().waitForFunction(() => (window as any).cy.getElementById('Q43').empty());
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).cy.getElementById('Q43').nonempty());
    expect((await inPage.positions(page())).Q43).toEqual(start.Q43);
    // Hide and pin from the panel, undone with Ctrl+Z, redone with Ctrl+Shift+Z.
    await inPage.tap(page(), 'Q399');
    await page().getByRole('button', { name: 'Pin', exact: true }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('Q399').locked());
    await page().getByRole('button', { name: 'Hide', exact: true }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('Q399').hasClass('hidden'));
    await page().keyboard.press('Control+z');
    await page().waitForFunction(() => !(window as any).cy.getElementById('Q399').hasClass('hidden'));
    await page().keyboard.press('Control+z');
    await page().waitForFunction(() => !(window as any).cy.getElementById('Q399').locked());
    await page().keyboard.press('Control+Shift+z');
    await page().waitForFunction(() => (window as any).cy.getElementById('Q399').locked());
    // A full layout is one change too.
    const beforeLayout = await inPage.positions(page());
    await page().selectOption('#layout', 'circle');
    await page().waitForFunction((p) => (window as any).cy.getElementById('Q43').position().x !== p.x, beforeLayout.Q43!);
    expect(await page().getAttribute('#undo', 'title')).toMatch(/Undo layout/);
    await page().click('#undo');
    await page().waitForFunction((p) => (window as any).cy.getElementById('Q43').position().x === p.x, beforeLayout.Q43!);
    expect(await page().isEnabled('#redo')).toBe(true);
  });

  it('expands around the node: nodes already there keep their places, new ones gather around it', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const before = await inPage.positions(page());
    await inPage.tap(page(), 'Q801');
    await page().click('#expand-all');
    await page().waitForFunction((n) => (window as any).cy.nodes().length > n, Object.keys(before).length);
    const after = await inPage.positions(page());
    for (const [id, p] of Object.entries(before)) expect(after[id], id).toEqual(p);
    const added = Object.keys(after).filter((id) => !before[id]);
    expect(added.length).toBeGreaterThan(0);
    // The new nodes gather around Israel (where they came from), not around Azerbaijan (the centre of the drawing).
    const centre = { x: added.reduce((n, id) => n + after[id]!.x, 0) / added.length, y: added.reduce((n, id) => n + after[id]!.y, 0) / added.length };
    expect(distance(centre, after.Q801!)).toBeLessThan(distance(centre, after.Q227!));
    for (const id of added) expect(distance(after[id]!, after.Q801!)).toBeLessThan(260);
    expect(await page().locator('#expand-all').textContent()).toMatch(/All \d+ relations shown/);

    // Back: the canvas as it was, not laid out again.
    await page().goBack();
    await page().waitForFunction((n) => (window as any).cy.nodes().length === n, Object.keys(before).length);
    expect(await inPage.positions(page())).toEqual(before);
    await page().goForward();
    await page().waitForFunction((n) => (window as any).cy.nodes().length === n, Object.keys(after).length);
    expect(await inPage.positions(page())).toEqual(after);
  });

  it('a selection replaces the history entry; a canvas change adds one', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const length = await page().evaluate(() => history.length);
    for (const id of ['Q801', 'Q794', 'Q43']) await inPage.tap(page(), id);
    expect(await page().evaluate(() => history.length)).toBe(length);
    expect(page().url()).toContain('sel=Q43');
    await inPage.tap(page(), 'Q43');
    await page().getByRole('button', { name: 'Hide', exact: true }).click();
    await page().waitForFunction((n) => history.length === n + 1, length);
  });

  it('keeps the legend beside the canvas, and collapses it', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const sidebar = (await page().locator('#sidebar').boundingBox())!;
    const canvas = (await page().locator('#cy').boundingBox())!;
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(canvas.x + 0.5);
    await page().getByRole('button', { name: /collapse/ }).click();
    await page().waitForFunction((w) => document.getElementById('cy')!.getBoundingClientRect().width > w + 150, canvas.width);
    await page().getByRole('button', { name: /Filters/ }).click();
    await page().waitForSelector('#sidebar .filters');
  });

  it('shortens long names on the canvas and wraps them in panels, with the full name on hover', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await inPage.tap(page(), 'Q227');
    await page().getByRole('button', { name: /^member of/ }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('test:long-name').nonempty());
    const label = await page().evaluate(() => (window as any).cy.getElementById('test:long-name').data('label'));
    expect(label.length).toBeLessThanOrEqual(28);
    expect(label.endsWith('…')).toBe(true);
    await inPage.tap(page(), 'test:long-name');
    const heading = page().locator('#details h2');
    await heading.waitFor();
    expect(await heading.getAttribute('title')).toBe(LONG_NAME);
    const overflow = await page().evaluate(() => {
      const details = document.getElementById('details')!;
      return { scroll: details.scrollWidth, client: details.clientWidth };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    await x.shot('long-name');
  });

  it('labels the selection’s relations, and all of them on demand', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const labelled = () => page().evaluate(() => (window as any).cy.edges().filter((e: any) => e.visible() && e.style('label')).map((e: any) => e.id()) as string[]);
    expect(await labelled()).toEqual([]);
    await inPage.tap(page(), 'Q43');
    const ofTurkey = await page().evaluate(() => (window as any).cy.getElementById('Q43').connectedEdges().map((e: any) => e.id()) as string[]);
    await page().waitForFunction(() => (window as any).cy.edges().some((e: any) => e.style('label')));
    expect((await labelled()).sort()).toEqual(ofTurkey.sort());
    await page().click('#edge-labels');
    await page().waitForFunction(() => (window as any).cy.edges(':visible').every((e: any) => e.style('label')));
  });

  it('reaches relations by keyboard and moves to the nearest node in the arrow’s direction', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    // Known places: Turkey straight right of Azerbaijan, Iran closer but far below the axis; the rest far below.
    await page().evaluate(() => {
      const { store } = (window as any).entente;
      const known: Record<string, { x: number; y: number }> = { Q227: { x: 0, y: 0 }, Q43: { x: 400, y: 20 }, Q794: { x: 150, y: 250 }, Q801: { x: -300, y: 0 } };
      const apply = (s: any) => ({ ...s, positions: Object.fromEntries(Object.keys(s.positions).map((id, i) => [id, known[id] ?? { x: i * 60 - 600, y: 3000 }])) });
      store.dispatch({ label: 'test positions', kind: 'canvas', apply });
      (window as any).cy.fit((window as any).cy.nodes(['#Q227', '#Q43', '#Q794', '#Q801'].join(',')), 40);
    });
    await inPage.tap(page(), 'Q227');
    await page().focus('#cy');
    await page().keyboard.press('ArrowRight');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q43');
    await page().keyboard.press('ArrowLeft');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q227');
    await page().keyboard.press('ArrowLeft');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q801');
    // E steps through the selected entity's relations; the evidence shows without a mouse.
    await page().keyboard.press('e');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'edge');
    await page().waitForSelector('#details .evidence li blockquote');
    const first = await page().evaluate(() => (window as any).entente.store.state.selection.id);
    await page().keyboard.press('e');
    await page().waitForFunction((id) => (window as any).entente.store.state.selection.id !== id, first);
  });

  it('keeps one serializable investigation: the history entry and the exported view file hold the same state', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await inPage.tap(page(), 'Q43');
    await page().getByRole('button', { name: 'Pin', exact: true }).click();
    await page().getByLabel('Structural', { exact: true }).uncheck();
    const { state, entry } = await page().evaluate(() => ({ state: (window as any).entente.store.state, entry: history.state.investigation }));
    expect(entry).toEqual(state);
    await page().click('#views-button');
    const [download] = await Promise.all([page().waitForEvent('download'), page().click('#export-json')]);
    const file = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
    expect(file.format).toBe('entente-view');
    const { view: _v, modified: _m, nodes, edges, ...rest } = state;
    expect({ ...file.investigation, nodes: undefined, edges: undefined }).toEqual({ ...rest, nodes: undefined, edges: undefined });
    expect(file.investigation.nodes.map((n: string[]) => n[0]).sort()).toEqual(Object.keys(nodes).sort());
    expect(file.investigation.edges).toHaveLength(Object.keys(edges).length);
    expect(file.investigation.pinned).toEqual(['Q43']);
    expect(file.investigation.filters.hiddenClasses).toEqual(['STRUCTURAL']);
  });
});
