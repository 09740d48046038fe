/**
 * Issue 13, point 5: a 2,000-element graph stays readable and honest. The neighborhood comes
 * from a synthetic news-like graph served through request routing (the samples are small);
 * everything else is the real app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { openFresh, startExplorer, type Explorer } from './fixture.ts';
import { overlaps, syntheticGraph } from './synthetic-graph.ts';

let x: Explorer;
const page = () => x.page;
const big = syntheticGraph(2000, { omitted: [{ key: 'MEETS_WITH', count: 300 }, { key: 'ACCUSES', count: 113 }] });
const more = syntheticGraph(120, { seed: 99 });

describe.skipIf(!hasChromium)('a large graph', () => {
  beforeAll(async () => {
    x = await startExplorer();
    await page().route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { filter?: { types?: string[] } } };
      if (!body.query.includes('neighborhood')) return route.continue();
      // The first request gets the big graph with "+413 more"; fetching the rest (by type) gets more around the United States.
      const answer = body.variables.filter?.types ? { ...more, nodes: [...more.nodes, big.nodes[0]!], edges: more.edges.map((e) => ({ ...e, id: `more:${e.id}`, source: 'Q30' })).filter((e) => e.target !== 'Q30') } : big;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { neighborhood: answer } }) });
    });
  });
  afterAll(() => x?.close());

  it('spreads 2,000 elements without piling nodes up, sized by degree on a square-root scale', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q30', 500);
    const boxes = await page().evaluate(() => (window as any).cy.nodes().map((n: any) => n.boundingBox({ includeLabels: false, includeOverlays: false })));
    // Every relation is on the canvas (pairs with several are drawn as one edge with a count).
    expect(boxes.length + (await page().evaluate(() => Object.keys((window as any).entente.store.state.edges).length))).toBe(2000);
    const found = overlaps(boxes);
    expect(found.share).toBeLessThan(0.02);
    expect(found.nodes / boxes.length).toBeLessThan(0.05);
    // Size follows the square root of degree over the whole range (16 + 4·√degree px), with no cap at 40 relations.
    const sizes = await page().evaluate(() => (window as any).cy.nodes().map((n: any) => ({ degree: n.data('degree'), width: n.width() })) as { degree: number; width: number }[]);
    for (const s of sizes) expect(Math.abs((s.width - 16) / 4 - Math.sqrt(s.degree))).toBeLessThan(0.2);
    const largest = sizes.reduce((a, b) => (b.degree > a.degree ? b : a));
    expect(largest.degree).toBeGreaterThan(60);
    expect(largest.width).toBeGreaterThan(16 + 4 * Math.sqrt(40) + 5);
    await x.shot('large-graph');
  });

  it('thins labels by zoom and importance, never overlapping, and shows more when zoomed in', async () => {
    const labels = () =>
      page().evaluate(() => {
        const cy = (window as any).cy;
        const shown = cy.nodes('.labelled');
        return { count: shown.length, boxes: shown.map((n: any) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })), top: cy.nodes().max((n: any) => n.data('degree')).ele.hasClass('labelled') };
      });
    const far = await labels();
    expect(far.count).toBeGreaterThan(10);
    expect(far.count).toBeLessThan(big.nodes.length / 2);
    expect(far.top).toBe(true); // the most connected entity keeps its name
    expect(overlaps(far.boxes).pairs).toBe(0);
    // Zoomed in 4×: a larger share of the entities in view has room for a name.
    const density = () =>
      page().evaluate(() => {
        const cy = (window as any).cy;
        const e = cy.extent();
        const inView = cy.nodes().filter((n: any) => n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
        return inView.filter('.labelled').length / Math.max(1, inView.length);
      });
    const before = await density();
    await page().evaluate(() => {
      const cy = (window as any).cy;
      cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page().waitForFunction((d) => {
      const cy = (window as any).cy;
      const e = cy.extent();
      const inView = cy.nodes().filter((n: any) => n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
      return inView.filter('.labelled').length / Math.max(1, inView.length) > d * 1.5;
    }, before);
    await x.shot('large-graph-zoomed');
  });

  it('fades edges at this size, except the selection’s', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q30', 500);
    const faded = await page().evaluate(() => (window as any).cy.edges()[0].style('opacity'));
    expect(Number(faded)).toBeLessThan(0.5);
    await page().evaluate(() => void (window as any).cy.getElementById('Q148').emit('tap'));
    await page().waitForFunction(() => (window as any).cy.getElementById('Q148').connectedEdges().every((e: any) => Number(e.style('opacity')) === 1));
  });

  it('says what the cap left out, and fetches it on request', async () => {
    const bar = page().locator('.more-bar');
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/\+413 more around United States.*300 meets with, 113 accuses/);
    const before = await page().evaluate(() => (window as any).cy.nodes().length);
    const [request] = await Promise.all([page().waitForRequest((r) => (r.postData() ?? '').includes('neighborhood')), bar.getByRole('button', { name: 'Fetch them' }).click()]);
    expect(JSON.parse(request.postData()!).variables.filter.types.sort()).toEqual(['ACCUSES', 'MEETS_WITH']);
    await page().waitForFunction((n) => (window as any).cy.nodes().length > n, before);
    await bar.waitFor({ state: 'detached' });
  });
});
