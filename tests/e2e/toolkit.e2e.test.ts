/**
 * Issue 20, parts 3, 4 and 5: centrality and communities, grouping and bulk actions, and a
 * readable canvas at the size analysts reach, on a six-hub canvas (about 290 entities and 2,400
 * relations, many of them parallel) served through request routing; the rest is the real app.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, startExplorer, type Explorer } from './fixture.ts';
import { overlaps, syntheticGraph } from './synthetic-graph.ts';

let x: Explorer;
const page = () => x.page;
const sixHubs = syntheticGraph(0, { hubs: 6, nodes: 290, edges: 2400, people: 0.35, seed: 11 });
const extra = syntheticGraph(60, { seed: 5 });
const HUB = sixHubs.nodes[0]!.id;

/** Waits until the measures describe what is shown now. */
const measured = (p: Page) => p.waitForFunction(() => document.body.dataset.measured !== undefined && document.body.dataset.measuring === undefined);
const state = (p: Page) => p.evaluate(() => (window as any).entente.store.state);
/** Rendered position of a node in the page (for mouse gestures). */
async function onScreen(p: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await p.locator('#cy').boundingBox())!;
  const at = await p.evaluate((nodeId) => (window as any).cy.getElementById(nodeId).renderedPosition(), id);
  return { x: box.x + at.x, y: box.y + at.y };
}

describe.skipIf(!hasChromium)('the analyst’s toolkit on a six-hub canvas', () => {
  beforeAll(async () => {
    x = await startExplorer();
    await page().route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { ids?: string[] } };
      if (!body.query.includes('neighborhood')) return route.continue();
      // The canvas opens on the six hubs; expanding anything else brings a few more entities.
      const answer = body.variables.ids?.includes(HUB) ? sixHubs : { ...extra, edges: extra.edges.map((e) => ({ ...e, id: `x:${e.id}`, source: body.variables.ids![0]! })).filter((e) => e.target !== body.variables.ids![0]), nodes: [...extra.nodes, sixHubs.nodes.find((n) => n.id === body.variables.ids![0]) ?? sixHubs.nodes[1]!] };
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { neighborhood: answer } }) });
    });
  });
  afterAll(() => x?.close());

  it('is readable: communities coloured, the relations of a pair drawn as one edge with a count, labels that never overlap, people named when zoomed in', async () => {
    // Links of any length (no short link): the tests below read the styling and groups in the URL.
    await openFresh(page(), x.base, `#/graph?ids=${HUB}&colour=community`, 250, '?linkLimit=1000000');
    await measured(page());
    const drawn = await page().evaluate(() => {
      const cy = (window as any).cy;
      const s = (window as any).entente.store.state;
      const bundles = cy.edges().filter((e: any) => e.data('members').length > 1);
      return { edges: cy.edges().length, relations: Object.keys(s.edges).length, bundles: bundles.length, largest: bundles.max((e: any) => e.data('count')).value, members: cy.edges().reduce((n: number, e: any) => n + e.data('members').length, 0) };
    });
    expect(drawn.relations).toBe(2400);
    // Every relation is in exactly one drawn edge, and pairs with several are one edge.
    expect(drawn.members).toBe(2400);
    expect(drawn.bundles).toBeGreaterThan(50);
    expect(drawn.edges).toBeLessThan(drawn.relations * 0.8);
    expect(drawn.largest).toBeGreaterThan(3);
    // Coloured by community: several communities, each node in its community's colour.
    const colours = await page().evaluate(() => {
      const m = (window as any).entente.measures.value.measures;
      const byCommunity = new Map<number, Set<string>>();
      (window as any).cy.nodes().forEach((n: any) => {
        const c = m.community[n.id()];
        byCommunity.set(c, (byCommunity.get(c) ?? new Set()).add(n.data('colour')));
      });
      const top = m.communities.filter((c: any) => c.size > 1).slice(0, 12).map((c: any) => [...byCommunity.get(c.index)!]);
      return { communities: top.length, oneColourEach: top.every((c: string[]) => c.length === 1), distinct: new Set(top.map((c: string[]) => c[0])).size };
    });
    expect(colours.communities).toBeGreaterThan(1);
    expect(colours.oneColourEach).toBe(true);
    expect(colours.distinct).toBe(colours.communities);
    const legend = await page().locator('.communities li').allTextContents();
    expect(legend.length).toBeGreaterThan(1);
    expect(legend[0]).toMatch(/and \d+ more\s*\d+/);
    // Labels: many, none overlapping another.
    const labels = () => page().evaluate(() => (window as any).cy.nodes('.labelled').map((n: any) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })));
    const far = await labels();
    expect(far.length).toBeGreaterThan(15);
    expect(overlaps(far).pairs).toBe(0);
    await x.shot('six-hubs');
    // Zoomed in on a hub: most people in view are named.
    const people = () =>
      page().evaluate(() => {
        const cy = (window as any).cy;
        const e = cy.extent();
        const inView = cy.nodes('[type = "Person"]').filter((n: any) => !n.hasClass('hidden') && n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
        return { inView: inView.length, named: inView.filter('.labelled').length };
      });
    await page().evaluate((hub) => {
      const cy = (window as any).cy;
      const n = cy.getElementById(hub);
      cy.zoom({ level: 2.2, position: n.position() });
      cy.center(n);
    }, HUB);
    await page().waitForFunction(() => {
      const cy = (window as any).cy;
      const e = cy.extent();
      const inView = cy.nodes('[type = "Person"]').filter((n: any) => !n.hasClass('hidden') && n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
      return inView.length > 0 && inView.filter('.labelled').length / inView.length > 0.6;
    });
    const near = await people();
    expect(near.inView).toBeGreaterThan(2);
    expect(overlaps(await labels()).pairs).toBe(0);
    await x.shot('six-hubs-zoomed');
  });

  // The tests below go on with the canvas the first one opened (opening 2,700 elements takes a while on a busy machine).
  it('sizes by any measure, ranks the most central (click selects), and lists communities with their sizes', async () => {
    await page().click('#fit');
    await page().selectOption('#size-by', 'betweenness');
    await page().waitForFunction(() => (window as any).entente.store.state.styling.sizeBy === 'betweenness');
    const sizes = await page().evaluate(() => {
      const m = (window as any).entente.measures.value.measures.betweenness;
      const cy = (window as any).cy;
      const top = Object.entries(m).sort((a: any, b: any) => b[1] - a[1])[0]![0];
      const biggest = cy.nodes().max((n: any) => n.data('size')).ele.id();
      return { top, biggest, width: cy.getElementById(top).width() };
    });
    expect(sizes.biggest).toBe(sizes.top);
    expect(sizes.width).toBe(64);
    // The ranked list follows the measure; a click selects and shows the entity.
    expect(await page().locator('#most-central-title').textContent()).toMatch(/betweenness/i);
    const first = page().locator('.most-central li button').first();
    const name = await first.textContent();
    await first.click();
    await page().waitForFunction((id) => (window as any).entente.store.state.selection.id === id, sizes.top);
    await expect.poll(() => page().locator('#details h2').textContent()).toBe(name);
    // Communities: their sizes add up to what is shown (the smaller ones counted apart).
    const listed = await page().evaluate(() => {
      const m = (window as any).entente.measures.value.measures;
      return { total: m.communities.reduce((n: number, c: any) => n + c.size, 0), shown: (window as any).cy.nodes().filter((n: any) => !n.hasClass('hidden')).length };
    });
    expect(listed.total).toBe(listed.shown);
    expect(page().url()).toContain('size=betweenness');
    await x.shot('centrality');
  });

  it('collapses a community into a group with counts and aggregated relations, expands it again; undo and the URL follow', async () => {
    await page().selectOption('#size-by', 'degree');
    await measured(page());
    const before = await page().evaluate(() => ({ nodes: (window as any).cy.nodes().length, positions: (window as any).entente.store.state.positions }));
    const row = page().locator('.communities li').nth(1);
    const size = Number(await row.locator('.count').textContent());
    await row.hover();
    await row.getByRole('button', { name: /^Group the community/ }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('group:1').nonempty());
    const group = await page().evaluate(() => {
      const cy = (window as any).cy;
      const g = cy.getElementById('group:1');
      return { label: g.data('label'), nodes: cy.nodes().length, edges: g.connectedEdges().map((e: any) => e.data('count')) };
    });
    expect(group.label).toMatch(new RegExp(`^Community of .+ \\(${size}\\)$`));
    expect(group.nodes).toBe(before.nodes - size + 1);
    expect(Math.max(...group.edges)).toBeGreaterThan(1);
    expect(page().url()).toContain('group=community');
    await expect.poll(() => page().locator('#details h2').textContent()).toMatch(/^Community of/);
    // The ranking kept its ten rows through the change of measure and the grouping.
    expect(await page().locator('.most-central li').count()).toBe(10);
    await x.shot('group');
    // Undo brings the members back; redo collapses again; "Expand the group" undoes it by hand.
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).cy.getElementById('group:1').empty());
    await page().click('#redo');
    await page().waitForFunction(() => (window as any).cy.getElementById('group:1').nonempty());
    await inPage.tap(page(), 'group:1');
    await page().click('#expand-group');
    await page().waitForFunction((n) => (window as any).cy.nodes().length === n, before.nodes);
    const after = (await state(page())).positions;
    for (const [id, p] of Object.entries(before.positions)) expect(after[id], id).toEqual(p);
  });

  it('selects by box (Shift + drag) and lasso, and acts on the selection: pin, group, remove', async () => {
    await page().click('#fit');
    await page().focus('#cy');
    await page().keyboard.press('Escape');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'none');
    const box = (await page().locator('#cy').boundingBox())!;
    const corner = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.35 };
    const end = { x: box.x + box.width * 0.65, y: box.y + box.height * 0.65 };
    await page().keyboard.down('Shift');
    await page().mouse.move(corner.x, corner.y);
    await page().mouse.down();
    await page().mouse.move((corner.x + end.x) / 2, (corner.y + end.y) / 2, { steps: 4 });
    await page().mouse.move(end.x, end.y, { steps: 4 });
    await page().mouse.up();
    await page().keyboard.up('Shift');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'nodes');
    const boxed = (await state(page())).selection.ids as string[];
    // The nodes the box encloses: every node wholly inside it, none that is not.
    const [x1, y1, x2, y2] = [corner.x - box.x, corner.y - box.y, end.x - box.x, end.y - box.y];
    const nodes = await page().evaluate(() => (window as any).cy.nodes(':visible').map((n: any) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) })));
    for (const { id, box: b } of nodes) {
      if (b.x1 > x1 + 1 && b.x2 < x2 - 1 && b.y1 > y1 + 1 && b.y2 < y2 - 1) expect(boxed, id).toContain(id);
      if (b.x1 < x1 - 1 || b.x2 > x2 + 1 || b.y1 < y1 - 1 || b.y2 > y2 + 1) expect(boxed, id).not.toContain(id);
    }
    expect(boxed.length).toBeGreaterThan(5);
    await expect.poll(() => page().locator('.selection-panel h2').textContent()).toBe(`${boxed.length} entities selected`);
    await page().click('#bulk-pin');
    await page().waitForFunction((ids) => ids.every((id: string) => (window as any).cy.getElementById(id).locked()), boxed);
    await page().click('#bulk-group');
    await page().waitForFunction(() => (window as any).cy.getElementById('group:1').nonempty());
    expect((await state(page())).groups[0].members.sort()).toEqual([...boxed].sort());
    await x.shot('box-selection-grouped');
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).cy.getElementById('group:1').empty());

    // The lasso: a triangle around the middle of the canvas.
    await page().click('#lasso');
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page().mouse.move(mid.x, mid.y - 150);
    await page().mouse.down();
    await page().mouse.move(mid.x + 160, mid.y + 110, { steps: 6 });
    await page().mouse.move(mid.x - 160, mid.y + 110, { steps: 6 });
    await page().mouse.move(mid.x, mid.y - 150, { steps: 6 });
    await page().mouse.up();
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'nodes');
    const lassoed = (await state(page())).selection.ids as string[];
    expect(lassoed.length).toBeGreaterThan(1);
    await page().locator('#bulk-remove').click();
    await page().waitForFunction((ids) => ids.every((id: string) => (window as any).cy.getElementById(id).empty()), lassoed);
  });

  it('opens the actions of a node on a right click, and a double click expands it', async () => {
    await page().click('#fit');
    const target = (await page().evaluate((ids) => ids.find((id: string) => (window as any).cy.getElementById(id).visible()), sixHubs.nodes.slice(1).map((n) => n.id))) as string;
    const at = await onScreen(page(), target);
    await page().mouse.click(at.x, at.y, { button: 'right' });
    const menu = page().locator('#context-menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(expect.arrayContaining(['Expand', 'Pin', 'Hide', 'Remove', 'Select its neighbours']));
    await menu.getByRole('menuitem', { name: 'Hide' }).click();
    await page().waitForFunction((id) => (window as any).cy.getElementById(id).hasClass('hidden'), target);
    await page().keyboard.press('Control+z');
    await page().waitForFunction((id) => !(window as any).cy.getElementById(id).hasClass('hidden'), target);
    const again = await onScreen(page(), target);
    const [request] = await Promise.all([page().waitForRequest((r) => (r.postData() ?? '').includes('neighborhood')), page().mouse.dblclick(again.x, again.y)]);
    expect(JSON.parse(request.postData()!).variables.ids).toEqual([target]);
    await page().waitForFunction(() => Object.keys((window as any).entente.store.state.edges).some((id) => id.startsWith('x:')));
  });
});
