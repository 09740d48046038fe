/**
 * Issue 21, points 1 and 2: notes on entities, relations and the view (marked on the canvas,
 * listed, kept in saved views, never HTML); exports of the canvas as shown (CSV, GraphML, GEXF,
 * SVG, PNG) read back by real parsers (csv-parse, graphology's GraphML and GEXF readers, and
 * networkx when Python has it).
 */
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, SCREENSHOTS } from './browser.ts';
import { exportFile, inPage, openFresh, shotOf, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;

/** Markup that would run (and open a dialog, failing the test) if a note were rendered as HTML. */
const HOSTILE = 'Watch the <b>drone</b> supply <img src=x onerror="alert(1)">';

const notesOf = (p: Page) => p.evaluate(() => (window as any).entente.store.state.notes as { target: { kind: string; id?: string }; text: string }[]);
const notedOnCanvas = (p: Page) => p.evaluate(() => (window as any).cy.$('.noted').map((e: any) => e.id()).sort() as string[]);

// One explorer (seeded graph, server, browser) for the whole file.
beforeAll(async () => {
  if (hasChromium) x = await startExplorer();
});
afterAll(() => x?.close());

describe.skipIf(!hasChromium)('notes', () => {
  let relation = '';
  let viewId = '';

  it('writes a note on an entity and on a relation: plain text, marked on the canvas, one undo step each', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 3);
    await inPage.tap(page(), 'Q794');
    await page().getByLabel('New note on Iran').fill(HOSTILE);
    await page().getByRole('button', { name: 'Add note' }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('Q794').hasClass('noted'));
    // The text is shown as typed: no element made from it.
    expect(await page().locator('.notes .note-text').first().textContent()).toBe(HOSTILE);
    expect(await page().locator('.notes .note-text img, .notes .note-text b').count()).toBe(0);

    relation = await page().evaluate(() => {
      const s = (window as any).entente.store.state;
      return (Object.values(s.edges) as { id: string; source: string; target: string }[]).find((e) => e.source === 'Q794' || e.target === 'Q794')!.id;
    });
    await page().evaluate((id) => void (window as any).cy.getElementById(id).emit('tap'), relation);
    await page().locator('.notes textarea').fill('Two outlets only; check the dates.');
    await page().getByRole('button', { name: 'Add note' }).click();
    await page().waitForFunction((id) => (window as any).cy.getElementById(id).hasClass('noted'), relation);
    expect((await notesOf(page())).map((n) => n.target)).toEqual([
      { kind: 'entity', id: 'Q794' },
      { kind: 'relation', id: relation },
    ]);
    expect(await notedOnCanvas(page())).toEqual(['Q794', relation].sort());

    // One undo takes the last note away, and its marker with it; redo brings both back.
    await page().click('#undo');
    await page().waitForFunction((id) => !(window as any).cy.getElementById(id).hasClass('noted'), relation);
    expect(await notesOf(page())).toHaveLength(1);
    await page().click('#redo');
    await page().waitForFunction((id) => (window as any).cy.getElementById(id).hasClass('noted'), relation);
  });

  it('lists every note with the view’s own when nothing is selected; a listed note selects what it is about', async () => {
    await page().evaluate(() => (window as any).entente.controller.select({ kind: 'none' }));
    await page().getByLabel('New note on the view').fill('Briefing for Monday.\nSecond line.');
    await page().getByRole('button', { name: 'Add note' }).click();
    const list = page().locator('.all-notes');
    await list.locator('.note-text:has-text("Briefing for Monday.")').waitFor();
    expect(await list.locator('.note').count()).toBe(3);
    expect(await list.locator('.note-about').allTextContents()).toEqual(['Iran', expect.stringMatching(/^Iran .+|.+ Iran$/)]);
    await shotOf(page(), 'notes-panel');
    await list.locator('button.note-about').first().click();
    await page().waitForFunction(() => (window as any).entente.store.state.selection.id === 'Q794');
  });

  it('edits and deletes a note', async () => {
    await page().locator('.notes .note').first().getByRole('button', { name: 'edit' }).click();
    await page().getByLabel('Edit the note').fill('Watch the drone supply (edited)');
    await page().getByRole('button', { name: 'Save', exact: true }).click();
    await page().waitForFunction(() => (window as any).entente.store.state.notes.some((n: any) => n.text === 'Watch the drone supply (edited)'));
    await page().evaluate((id) => void (window as any).cy.getElementById(id).emit('tap'), relation);
    await page().locator('.notes .note').first().getByRole('button', { name: 'delete' }).click();
    await page().waitForFunction((id) => !(window as any).cy.getElementById(id).hasClass('noted'), relation);
    await page().click('#undo');
    await page().waitForFunction((id) => (window as any).cy.getElementById(id).hasClass('noted'), relation);
  });

  it('keeps the notes in a saved view, opened in a fresh browser with their markers', async () => {
    await page().click('#views-button');
    await page().fill('#view-name', 'Iran with notes');
    await page().getByRole('button', { name: 'Save view' }).click();
    await page().waitForSelector('.view-list a:has-text("Iran with notes")');
    viewId = await page().evaluate(() => (window as any).entente.store.state.view.id);
    const notes = await notesOf(page());
    await page().keyboard.press('Escape');

    const fresh = await x.browser.newContext({ viewport: { width: 1400, height: 850 } });
    const other = await fresh.newPage();
    other.on('dialog', () => {
      throw new Error('a dialog opened: a note was run as HTML');
    });
    await other.goto(`${x.base}/#/view/${viewId}`);
    await other.waitForFunction(() => (window as any).entente?.store.state.view !== null && (window as any).cy.$('.noted').length === 2);
    expect(await notesOf(other)).toEqual(notes);
    expect(await notedOnCanvas(other)).toEqual(['Q794', relation].sort());
    await other.evaluate(() => (window as any).entente.controller.select({ kind: 'none' }));
    await other.locator('.all-notes .note-text:has-text("Second line.")').waitFor();
    await shotOf(other, 'notes-reopened');
    await fresh.close();
  });
});

/** True when this machine's Python can import networkx (CI installs it; elsewhere that check is skipped). */
const hasNetworkx = (() => {
  try {
    execFileSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const rows = (csv: string) => parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];

describe.skipIf(!hasChromium)('exports of the canvas as shown', () => {
  let shown: { nodes: string[]; edges: string[]; names: Record<string, string> };
  let graphmlPath = '';
  let gexfPath = '';

  beforeAll(async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 3);
    await inPage.tap(page(), 'Q794');
    await page().getByLabel('New note on Iran').fill('=cmd|"/c calc"!A1 is a formula, not a command');
    await page().getByRole('button', { name: 'Add note' }).click();
    await page().waitForFunction(() => (window as any).cy.getElementById('Q794').hasClass('noted'));
    // A filter in force: structural relations are left out of the canvas, and so of every export.
    await page().getByLabel('Structural', { exact: true }).uncheck();
    await page().waitForFunction(() => (window as any).entente.store.state.filters.hiddenClasses.includes('STRUCTURAL'));
    shown = await page().evaluate(() => {
      const cy = (window as any).cy;
      const s = (window as any).entente.store.state;
      return {
        nodes: cy.nodes().not('.hidden').map((n: any) => n.id()).sort(),
        edges: cy.edges().not('.hidden').map((e: any) => e.id()).sort(),
        names: Object.fromEntries(Object.values(s.nodes).map((n: any) => [n.id, n.label])),
      };
    });
    expect(shown.edges.length).toBeGreaterThan(2);
  });

  it('CSV: a zip of entities, relations, evidence and notes, exactly what is shown, read back by csv-parse', async () => {
    const file = await exportFile(page(), 'csv');
    expect(file.name).toMatch(/\.zip$/);
    const files = unzipSync(await readFile(file.path));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'entities.csv', 'evidence.csv', 'notes.csv', 'relations.csv']);
    const text = (name: string) => strFromU8(files[name]!);
    // UTF-8 with a byte-order mark (TextDecoder drops it from the text, so look at the bytes).
    expect([...files['entities.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const entities = rows(text('entities.csv'));
    expect(entities.map((r) => r.id).sort()).toEqual(shown.nodes);
    const iran = entities.find((r) => r.id === 'Q794')!;
    expect(iran).toMatchObject({ name: 'Iran', type: 'Country', wikidata: 'Q794' });
    // A note that looks like a formula is defused for spreadsheets.
    expect(iran.notes).toBe(`'=cmd|"/c calc"!A1 is a formula, not a command`);
    const relations = rows(text('relations.csv'));
    expect(relations.map((r) => r.id).sort()).toEqual(shown.edges);
    expect(relations.every((r) => r.class !== 'STRUCTURAL')).toBe(true);
    expect(relations.every((r) => Number(r.articles) >= 1 && r.first_seen && r.score)).toBe(true);
    const evidence = rows(text('evidence.csv'));
    expect(new Set(evidence.map((r) => r.relation_id))).toEqual(new Set(shown.edges));
    expect(evidence.every((r) => (r.sentence ?? '').length > 10 && r.article_title && ['asserted', 'attributed', 'hedged', 'proposed', 'denied'].includes(r.status ?? ''))).toBe(true);
    expect(rows(text('notes.csv'))).toMatchObject([{ about_kind: 'entity', about_id: 'Q794', about: 'Iran' }]);
  });

  it('GraphML and GEXF: every node, edge and attribute, read back by graphology', async () => {
    const graphml = await exportFile(page(), 'graphml');
    const gexf = await exportFile(page(), 'gexf');
    graphmlPath = graphml.path;
    gexfPath = gexf.path;
    for (const graph of [parseGraphml(MultiDirectedGraph, await readFile(graphml.path, 'utf8')), parseGexf(MultiDirectedGraph, await readFile(gexf.path, 'utf8'))]) {
      expect(graph.nodes().sort()).toEqual(shown.nodes);
      expect(graph.edges().sort()).toEqual(shown.edges);
      expect(graph.getNodeAttributes('Q794')).toMatchObject({ label: 'Iran', type: 'Country', wikidata: 'Q794' });
      for (const edge of graph.edges()) expect(Object.keys(graph.getEdgeAttributes(edge))).toEqual(expect.arrayContaining(['type', 'class', 'articles', 'score', 'first_seen', 'source', 'target']));
      expect(String(graph.getAttribute('filters'))).toMatch(/Filters: without structural/);
    }
  });

  it.skipIf(!hasNetworkx)('GraphML and GEXF: read by networkx', () => {
    const out = JSON.parse(execFileSync('python3', [join(import.meta.dirname, 'read-with-networkx.py'), graphmlPath, gexfPath], { encoding: 'utf8' }));
    for (const read of [out.graphml, out.gexf]) {
      expect(read.nodes).toEqual(shown.nodes);
      expect(read.edges).toBe(shown.edges.length);
      expect(read.node_attributes).toEqual(expect.arrayContaining(['type', 'wikidata', 'degree']));
      expect(read.edge_attributes).toEqual(expect.arrayContaining(['type', 'class', 'articles', 'score']));
      expect(read.labels.Q794).toBe('Iran');
    }
  });

  it('SVG and PNG: every visible entity named, with title, filters, legend and source line', async () => {
    const svgFile = await exportFile(page(), 'svg');
    const svg = await readFile(svgFile.path, 'utf8');
    for (const id of shown.nodes) expect(svg).toContain(`>${shown.names[id]!.replace(/&/g, '&amp;')}</text>`);
    expect(svg).toMatch(/Filters: without structural/);
    expect(svg).toMatch(/\d+ entities, \d+ relations, from \d+ articles? of \d+ outlets? · Entente, exported/);
    expect(svg).toContain('>Has a note</text>');
    const pngFile = await exportFile(page(), 'png');
    const png = await readFile(pngFile.path);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width, at twice the picture's size
    await copyFile(pngFile.path, join(SCREENSHOTS, 'export-picture.png'));
  });

  it('the printable briefing: the picture on page 1, then every relation shown with its strongest sentences; printed by Chromium', async () => {
    const file = await exportFile(page(), 'briefing');
    expect(file.name).toMatch(/-briefing\.html$/);
    const html = await readFile(file.path, 'utf8');
    const printed = await x.browser.newPage({ viewport: { width: 794, height: 1123 } });
    printed.on('dialog', () => {
      throw new Error('a dialog opened: briefing text was run as HTML');
    });
    await printed.setContent(html);
    await printed.emulateMedia({ media: 'print' });
    expect(await printed.locator('h1').textContent()).toBe('Entente: Iran');
    expect(await printed.locator('.chart svg text').allTextContents()).toEqual(expect.arrayContaining(shown.nodes.map((id) => shown.names[id]!)));
    expect(await printed.locator('.relations tbody tr').count()).toBe(shown.edges.length);
    expect(await printed.locator('.relations .sentences li').count()).toBeGreaterThanOrEqual(shown.edges.length);
    expect(await printed.locator('.relations .sentences li a, .relations .sentences li').first().textContent()).toMatch(/^(asserted|attributed|hedged|proposed|denied)/i);
    const pdf = await printed.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    await copyFile(file.path, join(SCREENSHOTS, 'briefing.html'));
    await printed.screenshot({ path: join(SCREENSHOTS, 'briefing-printed.png'), fullPage: true });
    await printed.close();
  });
});

describe.skipIf(!hasChromium)('the evidence trail (issue 21, point 3)', () => {
  let articleHref = '';

  it('from an edge’s sentence to the article: the reader scrolls to that sentence and highlights it', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const edgeId = await page().evaluate(() => (window as any).cy.edges('[type = "IN_TENSION_WITH"]')[0].id());
    await inPage.tap(page(), edgeId);
    const first = page().locator('#details .evidence li').last();
    await first.waitFor();
    const sentence = (await first.locator('blockquote').textContent())!;
    articleHref = (await first.locator('a').last().getAttribute('href'))!;
    expect(articleHref).toMatch(/^#\/article\/.+\?at=\d+-\d+$/);
    await first.locator('a').last().click();
    await page().waitForFunction(() => document.body.dataset.sentenceShown !== undefined);
    expect(await page().locator('.article-text .evidence-sentence').textContent()).toBe(sentence);
    // In view, and focused for screen readers.
    const mark = (await page().locator('.article-text .evidence-sentence').boundingBox())!;
    const view = (await page().locator('#article-view').boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(view.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(view.y + view.height);
    expect(await page().evaluate(() => document.activeElement?.classList.contains('evidence-sentence'))).toBe(true);
    expect(await page().locator('.colour-key li').allTextContents()).toEqual(expect.arrayContaining(['Country', 'the sentence linked to']));
    await shotOf(page(), 'reader-sentence');
  });

  it('lists the relations stated with their claim status, and opens a relation’s sentences instead of changing the canvas', async () => {
    const nodesBefore = (await inPage.state(page())).nodes;
    const relation = page().locator('.article-relations .stated').first();
    expect(await relation.locator('.muted').textContent()).toMatch(/\d+ (asserted|attributed|hedged|proposed|denied)/);
    await relation.locator('.stated-relation').click();
    const line = relation.locator('.stated-sentences li').first();
    await line.waitFor();
    expect(await line.locator('.claim-badge').textContent()).toMatch(/^(asserted|attributed|hedged|proposed|denied)$/);
    expect(Object.keys((await inPage.state(page())).nodes)).toEqual(Object.keys(nodesBefore));
    // Its sentence, clicked, is highlighted in the text.
    const text = (await line.locator('a').textContent())!;
    await line.locator('a').click();
    await page().waitForFunction((t) => document.querySelector('.article-text .evidence-sentence')?.textContent === t, text);
  });

  it('"back" returns to the graph: the way it came, or to the graph when opened from outside', async () => {
    await page().click('#reader-back');
    await page().waitForFunction(() => location.hash.startsWith('#/article/'));
    await page().click('#reader-back');
    await page().waitForFunction(() => !document.getElementById('graph-view')!.hidden && (window as any).cy.nodes().length >= 5);

    const fresh = await x.browser.newContext({ viewport: { width: 1400, height: 850 } });
    const other = await fresh.newPage();
    await other.goto(`${x.base}/${articleHref}`);
    await other.waitForSelector('.article-text .evidence-sentence');
    await other.click('#reader-back');
    await other.waitForFunction(() => location.hash === '#/graph' && !document.getElementById('graph-view')!.hidden);
    expect(other.url()).toContain(x.base);
    await fresh.close();
  });
});

describe.skipIf(!hasChromium)('panels follow the filters in force (issue 21, point 3)', () => {
  it('the pair panel leaves out sentences outside the date window, says so, and shows everything on request', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 2);
    await page().evaluate(() => (window as any).entente.controller.select({ kind: 'pair', a: 'Q227', b: 'Q794' }));
    await page().waitForSelector('#pair-canvas-filter');
    expect(await page().locator('#pair-canvas-filter').textContent()).toMatch(/^Every sentence is shown/);
    const all = await page().locator('#details .evidence li').count();

    await openFresh(page(), x.base, '#/graph?ids=Q227&from=2025-01&to=2025-12', 2);
    await page().evaluate(() => (window as any).entente.controller.select({ kind: 'pair', a: 'Q227', b: 'Q794' }));
    await page().waitForSelector('#pair-canvas-filter');
    expect(await page().locator('#pair-canvas-filter').textContent()).toMatch(/^Following the canvas's filters \(evidence 2025-01 to 2025-12\): \d+ sentences? left out/);
    const dates = await page().locator('#details .evidence li .muted').allTextContents();
    expect(dates.length).toBeLessThan(all);
    for (const d of dates) expect(d).toMatch(/· 2025-/);
    await page().getByRole('button', { name: 'show every sentence' }).click();
    await page().waitForFunction((n) => document.querySelectorAll('#details .evidence li').length === n, all);
  });
});

describe.skipIf(!hasChromium)('saved views: rename, and deleting the open one (issue 21, point 4)', () => {
  it('renames the open view in place; deleting it clears its saved state, so Save makes a new view', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 2);
    await page().click('#views-button');
    await page().fill('#view-name', 'Before renaming');
    await page().getByRole('button', { name: 'Save view' }).click();
    await page().waitForSelector('#view-title:has-text("Before renaming")');
    const id = await page().evaluate(() => (window as any).entente.store.state.view.id);

    await page().getByRole('button', { name: 'Rename Before renaming' }).click();
    await page().getByLabel('New name for Before renaming').fill('After renaming');
    await page().getByRole('button', { name: 'Rename', exact: true }).click();
    await page().waitForSelector('.view-list a:has-text("After renaming")');
    expect(await page().locator('#view-title').textContent()).toBe('After renaming· saved');
    expect(await page().evaluate(() => (window as any).entente.store.state.view)).toEqual({ id, name: 'After renaming' });

    await page().getByRole('button', { name: 'Delete After renaming' }).click();
    await page().waitForFunction(() => (window as any).entente.store.state.view === null);
    expect(await page().locator('#view-title').count()).toBe(0);
    await page().fill('#view-name', 'Saved again');
    await page().getByRole('button', { name: 'Save view' }).click();
    await page().waitForSelector('#view-title:has-text("Saved again")');
    expect(await page().evaluate(() => (window as any).entente.store.state.view.id)).not.toBe(id);
    expect(await page().locator('#status.error').count()).toBe(0);
  });
});

describe.skipIf(!hasChromium)('one undo step per gesture (issue 21, point 4)', () => {
  it('a slider stepped with arrow keys is one undo step; grabbing it again is the next', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 2);
    const score = () => page().evaluate(() => (window as any).entente.store.state.filters.minScore as number);
    const slider = page().getByLabel('Minimum score');
    await slider.focus();
    for (let i = 0; i < 4; i++) await page().keyboard.press('ArrowRight');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.minScore === 0.2);
    await page().locator('#fit').focus();
    await slider.focus();
    await page().keyboard.press('ArrowRight');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.minScore === 0.25);
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.minScore === 0.2);
    await page().click('#undo');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.minScore === 0);
    expect(await score()).toBe(0);
    expect(Object.keys((await inPage.state(page())).nodes).length).toBeGreaterThanOrEqual(2);
  });
});
