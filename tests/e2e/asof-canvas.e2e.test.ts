/**
 * Issue 22, point 4 (second part): the canvas as of the timeline's playhead. Ties cut, then
 * restored (articles of our own): after the restoration the cut is drawn ended (short dashes, a
 * ring at its end; its label and the pair panel say when and by what), or hidden by the
 * timeline's toggle, and the URL reproduces either. The map draws it alike, and the exports
 * (CSV, GraphML, the picture and the briefing) say it had ended, when and by what.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { hasChromium, SCREENSHOTS } from './browser.ts';
import { exportFile, openFresh, startExplorer, type Explorer } from './fixture.ts';

const article = (n: number, published: string, text: string): Article => ({ title: `Rift ${n}`, url: `https://asof.test/${n}`, source: 'Wire R', published, text });
const ARTICLES = [
  article(1, '2024-02-05', 'Uruguay recalled its envoy from Paraguay on 12 January 2024, citing a dispute over river dredging.'),
  article(2, '2024-09-20', 'Paraguay and Uruguay agreed to resume full diplomatic ties on 3 September 2024.'),
];
const URUGUAY = 'Q77';
const PARAGUAY = 'Q733';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let x: Explorer;
const page = () => x.page;

/** The canvas's relation of a type between the two, as drawn: its data, style and whether it shows. */
const drawnOf = (p: Page, type: string) =>
  p.evaluate(
    ({ type, a, b }) => {
      const { store } = (window as any).entente;
      const e = Object.values(store.state.edges).find((r: any) => r.type === type && [r.source, r.target].sort().join() === [a, b].sort().join()) as { id: string } | undefined;
      const el = e && (window as any).cy.getElementById(e.id);
      if (!el || el.empty()) return null;
      return { id: e.id, ended: el.data('ended') as boolean, label: el.data('label') as string, visible: el.visible() as boolean, lineStyle: el.style('line-style') as string, end: el.style('target-arrow-shape') as string };
    },
    { type, a: URUGUAY, b: PARAGUAY },
  );

/** The map's arcs between the two: id, whether drawn ended (and how), and how many relations each stands for. */
const mapArcsOf = (p: Page) =>
  p.evaluate(
    ({ a, b }) => ((window as any).entente.map.arcs() as { id: string; source: string; target: string; ended: string | null; count: number }[]).filter((arc) => [arc.source, arc.target].sort().join() === [a, b].sort().join()),
    { a: URUGUAY, b: PARAGUAY },
  );

/** Clicks the timeline's choice for ended relations ("Show as ended" or "Hide"). */
const chooseEnded = (p: Page, name: 'Show as ended' | 'Hide') => p.getByRole('radiogroup', { name: 'Ended relations' }).getByRole('radio', { name }).click();

/** Waits until the canvas is drawn as of `day` (its ended relations asked and drawn). */
const waitAsOf = (p: Page, day: string) => p.waitForFunction((d) => document.body.dataset.endedAsOf === d, day);

describe.skipIf(!hasChromium)('the canvas as of the playhead', () => {
  beforeAll(async () => {
    x = await startExplorer({ extra: ARTICLES });
  });
  afterAll(() => x?.close());

  it('draws ties cut and since restored as ended, hides them on request, and the URL reproduces both', async () => {
    // As of September 2024, after the restoration: the cut has ended.
    await openFresh(page(), x.base, `#/graph?ids=${URUGUAY}&to=2024-09&mode=asof`, 2);
    await waitAsOf(page(), '2024-09-30');
    await page().waitForFunction(() => (window as any).cy.edges('[?ended]').length > 0);
    const cut = await drawnOf(page(), 'REDUCES_TIES_WITH');
    expect(cut).toMatchObject({ ended: true, visible: true, lineStyle: 'dashed', end: 'circle', label: 'reduces ties with (ended 2024-09-03 by ties restored)' });
    // The restoration itself holds, drawn as usual.
    expect(await drawnOf(page(), 'NORMALIZES_WITH')).toMatchObject({ ended: false, visible: true, end: 'none' });
    // The legend counts it.
    await page().locator('#sidebar .ended-legend').getByText('Ended by 2024-09-30').waitFor();
    expect(await page().locator('#sidebar .ended-legend .count').textContent()).toBe('1');
    // Close up, for a person to judge the picture (labels chosen for the zoom shown).
    await page().evaluate(() => {
      const cy = (window as any).cy;
      const at = cy.nodes().map((n: any) => n.position());
      const centre = { x: (at[0].x + at[1].x) / 2, y: (at[0].y + at[1].y) / 2 };
      cy.viewport({ zoom: 2.5, pan: { x: cy.width() / 2 - 2.5 * centre.x, y: cy.height() / 2 - 2.5 * centre.y } });
    });
    await page().waitForFunction(() => Number(document.body.dataset.labelsZoom) === (window as any).cy.zoom());
    await x.shot('asof-canvas-ended');
    // The pair panel says when and by what, with the sentence.
    await page().evaluate((id) => (window as any).entente.controller.select({ kind: 'edge', id }), cut!.id);
    const note = page().locator('#details .ended-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('reduces ties with ended 2024-09-03 by ties restored');
    expect(await note.locator('q').textContent()).toBe(ARTICLES[1]!.text);
    await x.shot('asof-canvas-ended-panel');

    // Hidden by the timeline's toggle, reached by the keyboard: gone from the canvas, in the URL.
    const hide = page().getByRole('radiogroup', { name: 'Ended relations' }).getByRole('radio', { name: 'Hide' });
    await hide.focus();
    await page().keyboard.press('Enter');
    await page().waitForFunction((id) => !(window as any).cy.getElementById(id).visible(), cut!.id);
    expect(await hide.getAttribute('aria-checked')).toBe('true');
    expect(await drawnOf(page(), 'NORMALIZES_WITH')).toMatchObject({ visible: true });
    expect(await page().locator('#sidebar .ended-legend .count').textContent()).toBe('0/1');
    const url = page().url();
    expect(url).toContain('ended=hide');
    expect(url).toContain('to=2024-09');
    await x.shot('asof-canvas-hidden');

    // The link opens the same canvas: as of the same day, the ended relation hidden.
    await openFresh(page(), x.base, url.slice(url.indexOf('#')), 2);
    await waitAsOf(page(), '2024-09-30');
    await page().waitForFunction(() => (window as any).cy.edges('[?ended]').length > 0);
    expect(await drawnOf(page(), 'REDUCES_TIES_WITH')).toMatchObject({ ended: true, visible: false });
    expect(await page().getByRole('radio', { name: 'Hide' }).getAttribute('aria-checked')).toBe('true');

    // The toggle passes axe's WCAG rules (critical and serious).
    await page().addScriptTag({ path: AXE });
    const violations = await page().evaluate(async () => {
      const result = await (window as any).axe.run('.timeline', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return (result.violations as { id: string; impact: string | null }[]).filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('does not end what had not ended by the playhead, and ends it when the playhead moves past its closing', async () => {
    // As of August 2024 the restoration was not yet published: the ties are known cut, drawn as usual.
    await openFresh(page(), x.base, `#/graph?ids=${URUGUAY}&to=2024-08&mode=asof&ended=hide`, 2);
    await waitAsOf(page(), '2024-08-31');
    const cut = await drawnOf(page(), 'REDUCES_TIES_WITH');
    expect(cut).toMatchObject({ ended: false, visible: true, label: 'reduces ties with' });
    expect(cut!.end).not.toBe('circle');
    expect(await page().locator('#sidebar .ended-legend .count').textContent()).toBe('0');
    await x.shot('asof-canvas-before');
    // One step of the playhead, past the restoration: the cut has ended, and this canvas hides it.
    await page().locator('#timeline-forward').click();
    await waitAsOf(page(), '2024-09-30');
    await page().waitForFunction(() => (window as any).cy.edges('[?ended]').length > 0);
    expect(await drawnOf(page(), 'REDUCES_TIES_WITH')).toMatchObject({ ended: true, visible: false });
    expect(await drawnOf(page(), 'NORMALIZES_WITH')).toMatchObject({ ended: false, visible: true });
  });

  it('draws the ended relation ended on the map too, nested beside the ties that hold, and leaves it out when hidden', async () => {
    await openFresh(page(), x.base, `#/graph?ids=${URUGUAY}&to=2024-09&mode=asof&display=map`, 2);
    await waitAsOf(page(), '2024-09-30');
    const cut = (await drawnOf(page(), 'REDUCES_TIES_WITH'))!;
    // The map's drawing follows the answer: the cut is an arc of its own, drawn ended; the restored ties another.
    await page().waitForFunction((id) => ((window as any).entente.map.arcs() as { id: string; ended: string | null }[]).some((a) => a.id === id && a.ended), cut.id);
    const arcs = await mapArcsOf(page());
    expect(arcs).toHaveLength(2);
    expect(arcs.find((a) => a.id === cut.id)).toMatchObject({ ended: 'ended 2024-09-03 by ties restored', count: 1 });
    expect(arcs.find((a) => a.id !== cut.id)).toMatchObject({ ended: null });
    // Fitted to the two, close enough for a person to tell the arcs apart.
    await page().click('#fit');
    await page().waitForFunction(() => {
      const [a, b] = (window as any).entente.map.screenPositions() as { x: number; y: number }[];
      return a && b && Math.hypot(a.x - b.x, a.y - b.y) > 250;
    });
    await x.shot('asof-map-ended');
    // Close up where the ended arc meets its target, for a person to judge the ring.
    const box = (await page().locator('#map canvas').boundingBox())!;
    const end = (await page().evaluate((id) => (window as any).entente.map.screenPositions().find((p: { id: string }) => p.id === id), PARAGUAY)) as { x: number; y: number };
    await page().screenshot({ path: join(SCREENSHOTS, 'asof-map-ring.png'), clip: { x: box.x + end.x - 90, y: box.y + end.y - 40, width: 180, height: 130 } });
    // The sidebar's legend, beside the map, names the style and counts it.
    await page().locator('#sidebar .ended-legend').getByText('Ended by 2024-09-30').waitFor();
    expect(await page().locator('#sidebar .ended-legend .count').textContent()).toBe('1');
    // The ended arc is hit where it is drawn: a click on its middle opens its pair panel with when and by what.
    const middle = (await page().evaluate((id) => (window as any).entente.map.arcMidpoint(id), cut.id)) as { x: number; y: number };
    await page().mouse.click(box.x + middle.x, box.y + middle.y);
    await page().locator('#details .ended-note').waitFor();
    expect(await page().locator('#details .ended-note').textContent()).toContain('reduces ties with ended 2024-09-03 by ties restored');
    await page().locator('#details').getByText('Loading the relations between them').waitFor({ state: 'detached' });
    await x.shot('asof-map-ended-selected');

    // Hidden by the timeline: the arc leaves the map; the restored ties stay.
    await chooseEnded(page(), 'Hide');
    await page().waitForFunction((id) => !((window as any).entente.map.arcs() as { id: string }[]).some((a) => a.id === id), cut.id);
    expect((await mapArcsOf(page())).map((a) => a.ended)).toEqual([null]);
    expect(page().url()).toContain('ended=hide');
    await x.shot('asof-map-hidden');
  });

  it('exports say which relations had ended by the playhead: columns and attributes, the picture’s legend and subtitle, the briefing', async () => {
    await openFresh(page(), x.base, `#/graph?ids=${URUGUAY}&to=2024-09&mode=asof`, 2);
    await waitAsOf(page(), '2024-09-30');
    await page().waitForFunction(() => (window as any).cy.edges('[?ended]').length > 0);
    const cut = (await drawnOf(page(), 'REDUCES_TIES_WITH'))!;
    const restored = (await drawnOf(page(), 'NORMALIZES_WITH'))!;

    const relations = parseCsv(strFromU8(unzipSync(await readFile((await exportFile(page(), 'csv')).path))['relations.csv']!), { bom: true, columns: true }) as Record<string, string>[];
    expect(relations.find((r) => r.id === cut.id)).toMatchObject({ ended: 'true', ended_on: '2024-09-03', ended_by: 'ties restored', closing_sentence: ARTICLES[1]!.text });
    expect(relations.find((r) => r.id === restored.id)).toMatchObject({ ended: 'false', ended_on: '' });
    const graph = parseGraphml(MultiDirectedGraph, await readFile((await exportFile(page(), 'graphml')).path, 'utf8'));
    expect(graph.getEdgeAttributes(cut.id)).toMatchObject({ ended: true, ended_on: '2024-09-03', ended_by: 'ties restored' });
    expect(graph.getAttribute('as_of')).toBe('2024-09-30');

    const svg = await readFile((await exportFile(page(), 'svg')).path, 'utf8');
    expect(svg).toContain('>Ended by 2024-09-30</text>');
    expect(svg).toContain('As of 2024-09-30: 1 relation ended by then, drawn ended');
    await copyFile((await exportFile(page(), 'png')).path, join(SCREENSHOTS, 'asof-export-picture.png'));

    const html = await readFile((await exportFile(page(), 'briefing')).path, 'utf8');
    const printed = await x.browser.newPage({ viewport: { width: 794, height: 1123 } });
    printed.on('dialog', () => {
      throw new Error('a dialog opened: briefing text was run as HTML');
    });
    await printed.setContent(html);
    await printed.emulateMedia({ media: 'print' });
    expect(await printed.locator('.relations .ended').allTextContents()).toEqual([`Ended 2024-09-03 by ties restored: “${ARTICLES[1]!.text}”`]);
    expect(await printed.locator('.chart svg text').allTextContents()).toContain('Ended by 2024-09-30');
    await printed.screenshot({ path: join(SCREENSHOTS, 'asof-briefing-printed.png'), fullPage: true });
    await printed.close();

    // Hidden: the ended relation leaves the files, the legend no longer explains a style the picture does not use, and the subtitle says it was left out.
    await chooseEnded(page(), 'Hide');
    await page().waitForFunction((id) => !(window as any).cy.getElementById(id).visible(), cut.id);
    const hiddenSvg = await readFile((await exportFile(page(), 'svg')).path, 'utf8');
    expect(hiddenSvg).not.toContain('Ended by');
    expect(hiddenSvg).toContain('As of 2024-09-30: 1 relation ended by then left out');
    const hiddenRelations = parseCsv(strFromU8(unzipSync(await readFile((await exportFile(page(), 'csv')).path))['relations.csv']!), { bom: true, columns: true }) as Record<string, string>[];
    expect(hiddenRelations.map((r) => r.id)).not.toContain(cut.id);
    expect(hiddenRelations.find((r) => r.id === restored.id)).toMatchObject({ ended: 'false' });
  });
});
