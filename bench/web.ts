/**
 * bench/web: in headless Chromium with software rendering, a news-like graph of 500, 2,000 and
 * 5,000 elements opened in the built app: the full layout's time (the force layout in its Web
 * Worker, positions dispatched and drawn), the time from navigation to a laid-out canvas, the
 * share of overlapping node pairs (bounding boxes of the node bodies), labels drawn, and frame
 * times while panning the 5,000. The peer, measured in the same run on the same graph: the
 * previous default, fcose (draft quality above 1,500 elements), run on the same canvas.
 * The neighborhood answer is served through Playwright's request routing
 * (tests/e2e/synthetic-graph.ts), since the API caps a neighborhood at 2,000 edges.
 * `--part toolkit` (issue 20) instead measures bench/web-toolkit.ts: the map at 2,000 placed
 * elements, centrality and communities at 5,000, and the six-hub canvas while panning.
 *   npm run build:web && npx tsx bench/web.ts [--part layout|toolkit|all]
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { createApp } from '../server/app.ts';
import type { Executor } from '../server/db/executor.ts';
import { hasChromium, launchBrowser } from '../tests/e2e/browser.ts';
import { overlaps, syntheticGraph } from '../tests/e2e/synthetic-graph.ts';
import { measureToolkit } from './web-toolkit.ts';

const { values } = parseArgs({ options: { part: { type: 'string', default: 'all' }, corpus: { type: 'boolean', default: false } } });

if (!hasChromium) {
  console.error('bench/web needs Chromium at /usr/bin/chromium (apt-get install chromium).');
  process.exit(2);
}

// The app needs no database for this: every GraphQL call is answered by the route below.
const noDb = { read: async () => [], write: async () => [] } as unknown as Executor;
const app = await createApp({ db: noDb, webDir: join(PROJECT_ROOT, 'web/dist') });
await new Promise<void>((done) => app.server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

if (values.part === 'toolkit' || values.part === 'all') await measureToolkit(browser, base, { corpus: values.corpus === true });
if (values.part === 'layout' || values.part === 'all') console.log('web: Chromium headless, software rendering, 1400×850; median of 3 runs');
for (const size of values.part === 'layout' || values.part === 'all' ? [500, 2000, 5000] : []) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const graph = syntheticGraph(size);
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { query: string };
    const data = body.query.includes('neighborhood') ? { neighborhood: graph } : body.query.includes('stats') ? { stats: { firstDate: '2024-01-01', lastDate: '2024-12-31' } } : {};
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data }) });
  });
  const runs: { layout: number; ready: number; share: number; nodes: number; labels: number }[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('about:blank');
    await page.goto(`${base}/#/graph?ids=${graph.nodes[0]!.id}`);
    await page.waitForFunction(() => document.body.dataset.layout !== undefined, undefined, { timeout: 120_000 });
    const measured = await page.evaluate(() => {
      const cy = (window as any).cy;
      return {
        layout: Number(document.body.dataset.layoutMs),
        ready: Number(document.body.dataset.layout), // from navigation start to the first frame after the layout
        boxes: cy.nodes().map((n: any) => n.boundingBox({ includeLabels: false, includeOverlays: false })),
        labels: cy.nodes('.labelled').length,
      };
    });
    const found = overlaps(measured.boxes);
    runs.push({ layout: measured.layout, ready: measured.ready, share: found.share, nodes: found.nodes / measured.boxes.length, labels: measured.labels });
  }
  const count = graph.nodes.length + graph.edges.length;
  let line =
    `  ${count.toLocaleString('en').padStart(5)} elements (${graph.nodes.length} nodes): layout ${(median(runs.map((r) => r.layout)) / 1000).toFixed(2)} s (${runs.map((r) => (r.layout / 1000).toFixed(2)).join(', ')}),` +
    ` laid out and drawn ${(median(runs.map((r) => r.ready)) / 1000).toFixed(2)} s after navigation; overlapping node pairs ${pct(median(runs.map((r) => r.share)))},` +
    ` nodes overlapping another ${pct(median(runs.map((r) => r.nodes)))}; ${median(runs.map((r) => r.labels))} labels drawn`;
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
    const canvas = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width - 30, canvas.y + 30);
    await page.mouse.down();
    const dragUntil = Date.now() + 2900;
    for (let i = 0; Date.now() < dragUntil; i++) await page.mouse.move(canvas.x + canvas.width - 30 - (i % 60) * 6, canvas.y + 30 + (i % 60) * 3);
    await page.mouse.up();
    const frames = (await recording).sort((a, b) => a - b);
    const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))]!;
    line += `; panning: frame p50 ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms over ${frames.length} frames`;
  }
  // The peer: the previous default layout, run on the same elements (as web/src/main.ts ran it before issue 13).
  // (A string, not a function: tsx names the option functions with a helper the page lacks.)
  const peer = (await page.evaluate(`(() => {
    const cy = window.cy;
    const started = performance.now();
    cy.layout({ name: 'fcose', quality: cy.elements().length > 1500 ? 'draft' : 'default', randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, animate: false, fit: true, padding: 40 }).run();
    return { ms: performance.now() - started, boxes: cy.nodes().map((n) => n.boundingBox({ includeLabels: false, includeOverlays: false })) };
  })()`)) as { ms: number; boxes: { x1: number; x2: number; y1: number; y2: number }[] };
  const peerOverlap = overlaps(peer.boxes);
  line += `\n         peer, fcose as the previous default: ${(peer.ms / 1000).toFixed(2)} s (ours/peer ${(median(runs.map((r) => r.layout)) / peer.ms).toFixed(2)}), overlapping node pairs ${pct(peerOverlap.share)}, nodes overlapping another ${pct(peerOverlap.nodes / peer.boxes.length)}`;
  console.log(line);
  await page.close();
}
await browser.close();
await app.close();
