/**
 * bench/web: in headless Chromium, time from request to an interactive, laid-out canvas for
 * 500, 2,000 and 5,000 elements, and frame time while panning with 5,000. The app runs as
 * built (web/dist, served by the real server); the neighborhood answer is a synthetic subgraph
 * served through Playwright's request routing, since the API caps a neighborhood at 2,000 edges.
 *   npm run build:web && npx tsx bench/web.ts
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { createApp } from '../server/app.ts';
import type { Executor } from '../server/db/executor.ts';
import { hasChromium, launchBrowser } from '../tests/e2e/browser.ts';

if (!hasChromium) {
  console.error('bench/web needs Chromium at /usr/bin/chromium (apt-get install chromium).');
  process.exit(2);
}

/** A subgraph of about `elements` elements: nodes and edges in the ratio of real neighborhoods. */
function subgraph(elements: number) {
  const nodeCount = Math.round(elements * 0.4);
  const types = ['Country', 'Person', 'Organization', 'Place', 'Agreement'];
  const classes = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT', 'STRUCTURAL'];
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, label: `Entity ${i}`, type: types[i % types.length], degree: 1 + (i % 17) }));
  const edges = Array.from({ length: elements - nodeCount }, (_, i) => {
    // Mostly around a few hubs, as news graphs are.
    const source = i % 7 === 0 ? `n${(i * 31) % nodeCount}` : `n${i % 12}`;
    let target = `n${(i * 7919 + 13) % nodeCount}`;
    if (target === source) target = `n${(i + 1) % nodeCount}`;
    return { id: `e${i}`, source, target, type: 'SUPPLIES', class: classes[i % classes.length], symmetric: i % 3 === 0, articleCount: 1 + (i % 5), score: 0.7, firstSeen: '2024-01-01', lastSeen: '2025-01-01' };
  });
  return { nodes, edges, truncated: false, omitted: [] };
}

// The app needs no database for this: every GraphQL call is answered by the route below.
const noDb = { read: async () => [], write: async () => [] } as unknown as Executor;
const app = await createApp({ db: noDb, webDir: join(PROJECT_ROOT, 'web/dist') });
await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await launchBrowser();

console.log('web: Chromium headless, 1400×850');
for (const size of [500, 2000, 5000]) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const graph = subgraph(size);
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { query: string };
    const data = body.query.includes('neighborhood') ? { neighborhood: graph } : { stats: { firstDate: '2024-01-01', lastDate: '2025-01-01' } };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
  });
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('about:blank');
    await page.goto(`${base}/#/graph?ids=n0`);
    await page.waitForFunction(() => document.body.dataset.layout !== undefined, undefined, { timeout: 120_000 });
    // From navigation start to the first frame after the layout stopped.
    runs.push(await page.evaluate(() => Number(document.body.dataset.layout)));
  }
  runs.sort((a, b) => a - b);
  const count = await page.evaluate(() => (window as any).cy.elements().length);
  let line = `  ${String(count).padStart(5)} elements: interactive and laid out in ${(runs[1]! / 1000).toFixed(2)} s (median of 3; ${runs.map((r) => (r / 1000).toFixed(2)).join(', ')})`;
  if (size === 5000) {
    // Frame times recorded in the page while real mouse events drag the canvas (a string, not a
    // function: tsx would wrap a named function with a helper the page lacks).
    const recording = page.evaluate(`new Promise((done) => {
      const deltas = [];
      let last = performance.now();
      const end = last + 3000;
      function step(now) {
        deltas.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(step); else done(deltas.slice(1));
      }
      requestAnimationFrame(step);
    })`) as Promise<number[]>;
    // Drag on empty canvas (a corner) back and forth while recording.
    await page.mouse.move(980, 120);
    await page.mouse.down();
    const dragUntil = Date.now() + 2900;
    for (let i = 0; Date.now() < dragUntil; i++) await page.mouse.move(980 - (i % 60) * 6, 120 + (i % 60) * 3);
    await page.mouse.up();
    const frames = await recording;
    frames.sort((a, b) => a - b);
    const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))]!;
    line += `; panning: frame p50 ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms over ${frames.length} frames`;
  }
  console.log(line);
  await page.close();
}
await browser.close();
await app.close();
