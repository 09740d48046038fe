/**
 * Issue 20, parts 1, 2 and 5: the map view of the same investigation, the timeline with its
 * brush and playback, and a small canvas that names every entity. Samples plus three dated
 * articles; the real server and Neo4j.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { openFresh, startExplorer, type Explorer } from './fixture.ts';
import { overlaps } from './synthetic-graph.ts';

let x: Explorer;
const page = () => x.page;
// Canada praises Mexico in January and December; Brazil accuses Argentina in June.
const extra = [
  { title: 'Praise in winter', url: 'https://t.test/m1', published: '2024-01-15', source: 'Wire A', text: 'Canada praised Mexico for the agreement.' },
  { title: 'Praise again', url: 'https://t.test/m2', published: '2024-12-15', source: 'Wire A', text: 'Canada praised Mexico again for the agreement.' },
  { title: 'Steel dispute', url: 'https://t.test/m3', published: '2024-06-15', source: 'Daily B', text: 'Brazil accused Argentina of dumping steel.' },
];
const AMERICAS = '#/graph?ids=Q16,Q96,Q155,Q414';
const state = (p: Page) => p.evaluate(() => (window as any).entente.store.state);
const shownTypes = (p: Page) => p.evaluate(() => Object.values((window as any).entente.store.state.edges).filter((e: any) => (window as any).cy.getElementById(e.id).visible()).map((e: any) => e.type).sort() as string[]);

/** Drags on the timeline's histogram from the middle of one month's bar to another's. */
async function drag(p: Page, from: string, to: string): Promise<void> {
  const axis = await p.locator('.timeline .histogram rect.in, .timeline .histogram rect.out').locator('title').allTextContents();
  const box = (await p.locator('.timeline .histogram').boundingBox())!;
  const at = (month: string) => box.x + ((axis.findIndex((t) => t.startsWith(month)) + 0.5) / axis.length) * box.width;
  await p.mouse.move(at(from), box.y + box.height / 2);
  await p.mouse.down();
  await p.mouse.move((at(from) + at(to)) / 2, box.y + box.height / 2, { steps: 3 });
  await p.mouse.move(at(to), box.y + box.height / 2, { steps: 3 });
  await p.mouse.up();
}

describe.skipIf(!hasChromium)('the map, the timeline and a readable small canvas', () => {
  beforeAll(async () => {
    x = await startExplorer({ extra });
  });
  afterAll(() => x?.close());

  it('names every entity of a small canvas when the zoom gives room, and no two labels overlap', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227,Q801,place:baku', 10);
    const named = () => page().evaluate(() => {
      const cy = (window as any).cy;
      const e = cy.extent();
      const inView = cy.nodes(':visible').filter((n: any) => n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
      return { inView: inView.length, named: inView.filter('.labelled').length, boxes: cy.nodes('.labelled').map((n: any) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })) };
    });
    // Fitted: most named (long names among close neighbours wait for more zoom; how many depends on
    // the layout and the fonts of the machine), never overlapping.
    // Laid out, fitted, and the labels chosen for the fitted zoom (they follow the viewport).
    await page().waitForFunction(() => document.body.dataset.layout !== undefined && Number(document.body.dataset.labelsZoom) === (window as any).cy.zoom());
    const fitted = await named();
    expect(fitted.inView).toBeGreaterThan(10);
    expect(fitted.inView).toBeLessThanOrEqual(100);
    expect(fitted.named / fitted.inView).toBeGreaterThanOrEqual(0.75);
    expect(overlaps(fitted.boxes).pairs).toBe(0);
    await x.shot('small-canvas-labels');
    // A little more zoom: every entity in view is named, still without overlaps.
    await page().evaluate(() => {
      const cy = (window as any).cy;
      cy.zoom({ level: cy.zoom() * 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page().waitForFunction(() => {
      const cy = (window as any).cy;
      const e = cy.extent();
      const inView = cy.nodes(':visible').filter((n: any) => n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
      return inView.length > 3 && inView.every((n: any) => n.hasClass('labelled'));
    });
    expect(overlaps((await named()).boxes).pairs).toBe(0);
  });

  it('shows the same investigation on a map: countries at their point and shape, places at their coordinates, the rest at their country; "not placed" listed', async () => {
    await page().click('#show-map');
    await page().waitForFunction(() => Number(document.body.dataset.mapDrawn) > 5);
    expect(page().url()).toContain('display=map');
    const at = await page().evaluate(() => Object.fromEntries((window as any).entente.map.screenPositions().map((p: any) => [p.id, p])));
    const s = await state(page());
    // Israel lies west and south of Azerbaijan; Baku (its coordinates) east of Azerbaijan's middle.
    expect(at.Q801.x).toBeLessThan(at.Q227.x);
    expect(at.Q801.y).toBeGreaterThan(at.Q227.y);
    expect(s.nodes['place:baku'].location.precision).toBe('PLACE');
    expect(at['place:baku'].x).toBeGreaterThan(at.Q227.x);
    // People sit around their country's point.
    for (const id of ['person:ilham-aliyev', 'person:jeyhun-bayramov']) {
      expect(s.nodes[id].location.precision).toBe('COUNTRY_OF');
      expect(Math.hypot(at[id].x - at.Q227.x, at[id].y - at.Q227.y)).toBeLessThan(80);
    }
    // What has no location is listed beside the map, and a click selects it.
    const missing = Object.values(s.nodes).filter((n: any) => !n.location).map((n: any) => n.id);
    expect(missing.length).toBeGreaterThan(0);
    await page().getByRole('button', { name: `not placed: ${missing.length}` }).click();
    await page().locator('#not-placed li button').first().click();
    await page().waitForFunction((ids) => ids.includes((window as any).entente.store.state.selection.id), missing);
    // Arcs are the graph's relations, one per pair, coloured by class.
    const arcs = await page().evaluate(() => (window as any).entente.map.arcs());
    expect(arcs.length).toBeGreaterThan(3);
    await x.shot('map');
  });

  it('selects, hovers and opens details on the map as on the graph; pans, zooms and fits', async () => {
    const box = (await page().locator('#map canvas').boundingBox())!;
    const position = (id: string) => page().evaluate((nodeId) => (window as any).entente.map.screenPositions().find((p: any) => p.id === nodeId), id);
    const israel = await position('Q801');
    await page().mouse.move(box.x + israel.x, box.y + israel.y);
    await page().waitForFunction(() => document.body.dataset.mapHovered === 'Q801');
    await page().mouse.click(box.x + israel.x, box.y + israel.y);
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q801');
    await expect.poll(() => page().locator('#details h2').textContent()).toBe('Israel');
    // An arc: the relations between its two ends.
    const arc = await page().evaluate(() => (window as any).entente.map.arcs().find((a: any) => a.source === 'Q227' || a.target === 'Q227'));
    const middle = await page().evaluate((id) => (window as any).entente.map.arcMidpoint(id), arc.id);
    await page().mouse.click(box.x + middle.x, box.y + middle.y);
    await page().waitForFunction(() => ['edge', 'pair'].includes((window as any).entente.store.state.selection.kind));
    // Zoom in with the keyboard: Israel and Azerbaijan move apart; Fit brings them back.
    const apart = async () => {
      const [a, b] = [await position('Q801'), await position('Q227')];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await apart();
    await page().focus('#map canvas');
    await page().keyboard.press('+');
    await page().keyboard.press('+');
    await expect.poll(apart).toBeGreaterThan(before * 1.8);
    await page().click('#fit');
    await expect.poll(apart).toBeLessThan(before * 1.2);
    // Back to the graph: the same investigation, the same selection.
    const selection = (await state(page())).selection;
    await page().click('#show-graph');
    await page().waitForFunction(() => (window as any).cy.container().offsetParent !== null && (window as any).cy.nodes().length > 5);
    expect((await state(page())).selection).toEqual(selection);
    expect(page().url()).not.toContain('display=map');
  });

  it('draws a date window with the brush, moves and clears it; the canvas shows what was stated in it', async () => {
    await openFresh(page(), x.base, AMERICAS, 4);
    expect(await shownTypes(page())).toEqual(['ACCUSES', 'SUPPORTS']);
    await drag(page(), 'Mar 2024', 'Sep 2024');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.from === '2024-03');
    expect((await state(page())).filters).toMatchObject({ from: '2024-03', to: '2024-09' });
    expect(await shownTypes(page())).toEqual(['ACCUSES']);
    expect(page().url()).toContain('from=2024-03&to=2024-09');
    expect(await page().locator('#timeline-words').textContent()).toBe('Evidence dated Mar 2024 – Sep 2024');
    await x.shot('timeline-window');
    // Dragging inside the window moves it.
    await drag(page(), 'Jun 2024', 'Sep 2024');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.from === '2024-06');
    expect((await state(page())).filters).toMatchObject({ from: '2024-06', to: '2024-12' });
    expect(await shownTypes(page())).toEqual(['ACCUSES', 'SUPPORTS']);
    await page().click('#timeline-clear');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.from === '');
  });

  it('plays month by month to the end and stops; playing is one undo step; "as of" shows everything up to the playhead; keys work', async () => {
    await openFresh(page(), x.base, AMERICAS, 4);
    await page().selectOption('#timeline-speed', '8');
    await page().click('#timeline-play');
    await page().waitForFunction(() => (window as any).entente.playback.isPlaying.value === true);
    // It goes through the months and stops by itself at the end (waiting on the state, never on time).
    await page().waitForFunction(() => (window as any).entente.playback.isPlaying.value === false && (window as any).entente.store.state.filters.to === '2024-12', undefined, { timeout: 60_000 });
    expect(await page().getAttribute('#undo', 'title')).toBe('Undo play the timeline (Ctrl+Z)');
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.to === '');
    // As of, stepped with the keyboard: the relations shown only grow.
    await page().getByRole('radio', { name: 'As of' }).click();
    await drag(page(), 'Jan 2024', 'Jan 2024');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.to === '2024-01');
    expect(await shownTypes(page())).toEqual(['SUPPORTS']);
    await page().focus('.timeline .histogram');
    const seen: string[][] = [];
    for (const month of ['2024-02', '2024-03', '2024-04', '2024-05', '2024-06']) {
      await page().keyboard.press('ArrowRight');
      await page().waitForFunction((m) => (window as any).entente.store.state.filters.to === m, month);
      seen.push(await shownTypes(page()));
    }
    expect(seen.at(-1)).toEqual(['ACCUSES', 'SUPPORTS']);
    expect(seen[0]).toEqual(['SUPPORTS']);
    expect(page().url()).toContain('mode=asof');
    expect(await page().locator('#timeline-words').textContent()).toBe('Everything stated up to Jun 2024');
    await x.shot('timeline-as-of');
    // Space plays and pauses.
    await page().keyboard.press(' ');
    await page().waitForFunction(() => (window as any).entente.playback.isPlaying.value === true);
    await page().keyboard.press(' ');
    await page().waitForFunction(() => (window as any).entente.playback.isPlaying.value === false);
  });
});
