/**
 * bench/web, part "toolkit" (issue 20), in the built app in headless Chromium (software
 * rendering, 1400×850), neighborhoods served through request routing:
 *   - the map at 2,000 placed elements: time to the first drawn map, the time each frame takes
 *     to draw, and frame times while panning it with the mouse;
 *   - centrality and communities at 5,000 elements: the worker's time, the time from a drawn
 *     canvas to the measures shown, and the longest main-thread frame meanwhile (interaction
 *     must not wait);
 *   - the six-hub canvas (about 290 entities, 2,400 relations; synthetic, as in the browser
 *     tests, or with --corpus the real one: bench/six-hubs.ts loads the synthetic corpus into
 *     Neo4j and the six hubs are expanded through the real API): frame times while panning,
 *     edges drawn against relations (pairs bundled), labels.
 */
import type { Browser, Page } from 'playwright-core';
import { syntheticGraph, type SyntheticGraph } from '../tests/e2e/synthetic-graph.ts';

const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function pageWith(browser: Browser, graph: SyntheticGraph | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  if (graph) {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string };
      const data = body.query.includes('neighborhood') ? { neighborhood: graph } : {};
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
    });
  }
  return page;
}

/** Frame times (rAF deltas) recorded in the page while real mouse events drag `selector` for about 3 s. */
async function panFrames(page: Page, selector: string): Promise<number[]> {
  // A string, not a function: tsx would wrap a named function with a helper the page lacks.
  const recording = page.evaluate(`new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const end = last + 3000;
    function step(now) { deltas.push(now - last); last = now; if (now < end) requestAnimationFrame(step); else done(deltas.slice(1)); }
    requestAnimationFrame(step);
  })`) as Promise<number[]>;
  const box = (await page.locator(selector).boundingBox())!;
  // From the top right corner, where no node is (a drag that starts on a node moves the node).
  await page.mouse.move(box.x + box.width - 30, box.y + 30);
  await page.mouse.down();
  const until = Date.now() + 2900;
  for (let i = 0; Date.now() < until; i++) await page.mouse.move(box.x + box.width - 30 - (i % 60) * 6, box.y + 30 + (i % 60) * 3);
  await page.mouse.up();
  return recording;
}

const framesLine = (frames: number[]) => `frame p50 ${ms(quantile(frames, 0.5))} (${(1000 / quantile(frames, 0.5)).toFixed(0)} frames/s), p90 ${ms(quantile(frames, 0.9))}, p99 ${ms(quantile(frames, 0.99))} over ${frames.length} frames`;

async function mapAt2000(browser: Browser, base: string): Promise<void> {
  // About 2,000 placed elements: some of the gazetteer's entities have no country, so more are asked for.
  const graph = syntheticGraph(2900);
  const page = await pageWith(browser, graph);
  await page.goto(`${base}/#/graph?ids=${graph.nodes[0]!.id}&display=map`);
  await page.waitForFunction(() => Number(document.body.dataset.mapDrawn) > 0 && document.body.dataset.layout !== undefined, undefined, { timeout: 120_000 });
  // The detailed shapes load once the map is zoomed in: measure on the world view the fit gives.
  const first = await page.evaluate(() => ({ at: performance.now(), drawn: Number(document.body.dataset.mapDrawn), arcs: (window as any).entente.map.arcs().length, notPlaced: (window as any).entente.map.notPlaced.length }));
  const draws: number[] = [];
  for (let i = 0; i < 20; i++) {
    // A pan by the keyboard, then the time the next frame took to draw.
    const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
    draws.push((await page.evaluate(`new Promise((done) => { document.querySelector('.map-canvas').dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', bubbles: true })); requestAnimationFrame(() => requestAnimationFrame(() => done(Number(document.body.dataset.mapFrameMs)))); })`)) as number);
  }
  const frames = await panFrames(page, '.map-canvas');
  console.log(`  map, ${(first.drawn + first.arcs).toLocaleString('en')} placed elements (${first.drawn} entities, ${first.arcs} arcs; ${first.notPlaced} not placed): first map ${(first.at / 1000).toFixed(2)} s after navigation; drawing a frame p50 ${ms(quantile(draws, 0.5))}, max ${ms(Math.max(...draws))}; panning: ${framesLine(frames)}`);
  await page.close();
}

async function measuresAt5000(browser: Browser, base: string): Promise<void> {
  const graph = syntheticGraph(5000);
  const page = await pageWith(browser, graph);
  const runs: { worker: number; drawn: number; shown: number; again: number; longest: number }[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('about:blank');
    await page.goto(`${base}/#/graph?ids=${graph.nodes[0]!.id}`);
    await page.waitForFunction(() => document.body.dataset.layout !== undefined && Number(document.body.dataset.measured) > 0 && document.body.dataset.measuring === undefined, undefined, { timeout: 120_000 });
    const first = await page.evaluate(() => ({ drawn: Number(document.body.dataset.layout), shown: Number(document.body.dataset.measuredAt), worker: Number(document.body.dataset.measuresMs) }));
    // A filter changes what is shown: the measures are computed again while frames go on; the longest frame meanwhile.
    const again = (await page.evaluate(`new Promise((done) => {
      const store = window.entente.store;
      store.dispatch({ label: 'bench', kind: 'canvas', apply: (s) => ({ ...s, filters: { ...s.filters, minArticles: 2 } }) });
      const start = performance.now();
      let last = start, longest = 0;
      function step(now) {
        longest = Math.max(longest, now - last); last = now;
        if (document.body.dataset.measuring === undefined) done({ wall: now - start, longest });
        else requestAnimationFrame(step);
      }
      requestAnimationFrame(step);
    })`)) as { wall: number; longest: number };
    runs.push({ ...first, again: again.wall, longest: again.longest });
  }
  const counts = await page.evaluate(() => ({ nodes: (window as any).cy.nodes().length, communities: (window as any).entente.measures.value.measures.communities.length }));
  const med = (f: (r: (typeof runs)[number]) => number) => quantile(runs.map(f), 0.5);
  console.log(
    `  centrality and communities, ${(graph.nodes.length + graph.edges.length).toLocaleString('en')} elements (${counts.nodes} entities): in the worker ${runs.map((r) => (r.worker / 1000).toFixed(2)).join(', ')} s; ` +
      `shown ${(med((r) => r.shown) / 1000).toFixed(2)} s after navigation, the canvas drawn at ${(med((r) => r.drawn) / 1000).toFixed(2)} s (medians of 3); ` +
      `after a filter change, measured again in ${(med((r) => r.again) / 1000).toFixed(2)} s with the longest main-thread frame meanwhile ${ms(med((r) => r.longest))}`,
  );
  await page.close();
}

async function sixHubCanvas(browser: Browser, base: string, corpus: boolean): Promise<void> {
  let hash: string;
  let page: Page;
  let close = async () => {};
  if (corpus) {
    // The real API over the corpus in Neo4j (the other parts need no database).
    const { connectNeo4j } = await import('../db/ensure-neo4j.ts');
    const { createApp } = await import('../server/app.ts');
    const { createExecutor } = await import('../server/db/executor.ts');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../db/local-settings.ts');
    const { ensureCorpus, sixHubs } = await import('./six-hubs.ts');
    const { driver, settings } = await connectNeo4j();
    const target = { driver, database: settings.database };
    await ensureCorpus(target);
    const hubs = await sixHubs(target);
    const app = await createApp({ db: createExecutor(driver, settings.database), webDir: join(PROJECT_ROOT, 'web/dist') });
    await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
    const port = (app.server.address() as { port: number }).port;
    close = async () => {
      await app.close();
      await driver.close();
    };
    page = await pageWith(browser, null);
    await page.goto(`http://127.0.0.1:${port}/#/graph?ids=${hubs[0]!.id}&colour=community`);
    await page.waitForFunction(() => document.body.dataset.layout !== undefined, undefined, { timeout: 120_000 });
    for (const hub of hubs) await page.evaluate((id) => (window as any).entente.controller.expand(id), hub.id);
    await page.evaluate(() => (window as any).entente.controller.fit());
    hash = `real corpus, hubs ${hubs.map((h) => h.name).join(', ')}`;
  } else {
    const graph = syntheticGraph(0, { hubs: 6, nodes: 290, edges: 2400, people: 0.35, seed: 11 });
    page = await pageWith(browser, graph);
    await page.goto(`${base}/#/graph?ids=${graph.nodes[0]!.id}&colour=community`);
    await page.waitForFunction(() => document.body.dataset.layout !== undefined, undefined, { timeout: 120_000 });
    hash = 'synthetic, as in tests/e2e/toolkit';
  }
  await page.waitForFunction(() => document.body.dataset.measured !== undefined && document.body.dataset.measuring === undefined, undefined, { timeout: 120_000 });
  const drawn = await page.evaluate(() => {
    const cy = (window as any).cy;
    const s = (window as any).entente.store.state;
    return { entities: Object.keys(s.nodes).length, relations: Object.keys(s.edges).length, edges: cy.edges().length, labels: cy.nodes('.labelled').length };
  });
  const frames = await panFrames(page, '#cy');
  console.log(`  six-hub canvas (${hash}): ${drawn.entities} entities, ${drawn.relations.toLocaleString('en')} relations drawn as ${drawn.edges.toLocaleString('en')} edges, ${drawn.labels} labels; panning: ${framesLine(frames)}`);
  await page.close();
  await close();
}

export async function measureToolkit(browser: Browser, base: string, options: { corpus: boolean }): Promise<void> {
  console.log('web toolkit (issue 20): Chromium headless, software rendering, 1400×850');
  await mapAt2000(browser, base);
  await measuresAt5000(browser, base);
  await sixHubCanvas(browser, base, false);
  if (options.corpus) await sixHubCanvas(browser, base, true);
}
