/**
 * The explorer's core steps in Chromium (search, evidence, reader, filters, expand, paths,
 * export, keyboard, text never run as HTML), and the bugs of issue 13, point 6.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocalSettings } from '../../db/local-settings.ts';
import { localStatus, startLocal, stopLocal } from '../../db/neo4j-local.ts';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, searchAndAdd, startExplorer, type Explorer } from './fixture.ts';

const settings = inject('neo4j');
const XSS = '<img src=x onerror=alert(1)>';
let x: Explorer;
const page = () => x.page;

// 60 short articles beside the samples, so the article list needs more than one page.
const extra = [
  { title: `Hostile ${XSS}`, url: 'https://t.test/xss', published: '2025-05-05', source: 'Test', text: `Canada praised Mexico. ${XSS} appeared in the text.` },
  ...Array.from({ length: 60 }, (_, i) => ({
    title: `Trade note ${i + 1}`,
    url: `https://t.test/note-${i + 1}`,
    published: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
    source: 'Notes',
    text: `Canada praised Mexico for the trade talks, note ${i + 1}.`,
  })),
];

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  beforeAll(async () => {
    x = await startExplorer({ extra });
  });
  afterAll(async () => {
    if (settings.isLocal && !localStatus(readLocalSettings()).running) await startLocal(readLocalSettings(), () => {});
    await x?.close();
  });

  it('goes from search to a laid-out canvas, and lays it out again on demand', async () => {
    await openFresh(page(), x.base, '');
    await searchAndAdd(page(), 'azerb');
    await inPage.waitForNodes(page(), 5);
    expect(await inPage.nodeIds(page())).toContain('Q227');
    expect(page().url()).toContain('ids=Q227');
    await x.shot('search-to-canvas');
    const count = (await inPage.nodeIds(page())).length;
    await page().selectOption('#layout', 'concentric');
    await page().waitForFunction(() => document.body.dataset.layout !== undefined);
    expect((await inPage.nodeIds(page())).length).toBe(count);
  });

  it('shows a relation’s evidence with both entities highlighted, linked to the article', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const edgeId = await page().evaluate(() => (window as any).cy.edges('[type = "IN_TENSION_WITH"]')[0].id());
    await inPage.tap(page(), edgeId);
    await page().waitForSelector('#details .evidence li');
    expect(await page().locator('#details .evidence mark').count()).toBeGreaterThanOrEqual(2);
    await x.shot('edge-evidence');
    await page().locator('#details .evidence a').first().click();
    await page().waitForSelector('.article-text .mention');
    await x.shot('article-reader');
  });

  it('filters by relation class from the legend, and reproduces the filters from the URL', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await page().getByLabel('Structural', { exact: true }).uncheck();
    expect(await page().evaluate(() => (window as any).cy.edges('[class = "STRUCTURAL"]').every((e: any) => e.hasClass('hidden')))).toBe(true);
    expect(page().url()).toContain('hide=STRUCTURAL');
    await page().reload();
    await inPage.waitForNodes(page(), 5);
    expect(await page().getByLabel('Structural', { exact: true }).isChecked()).toBe(false);
  });

  it('expands one kind of relation from the node panel', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 2);
    await inPage.tap(page(), 'Q227');
    await page().getByRole('button', { name: /^allied with \(\d+\)$/ }).click();
    await page().waitForFunction(() => (window as any).cy.edges('[type = "ALLIED_WITH"]').length > 0);
    expect(await page().evaluate(() => (window as any).cy.getElementById('Q801').nonempty())).toBe(true);
  });

  it('hides entity types, and edges stated by fewer articles than asked, from the URL', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227&types=Person', 5);
    const byType = await page().evaluate(() => {
      const cy = (window as any).cy;
      return { people: cy.nodes('[type = "Person"]').length, peopleHidden: cy.nodes('[type = "Person"]').every((n: any) => n.hasClass('hidden')), countriesShown: cy.nodes('[type = "Country"]').every((n: any) => !n.hasClass('hidden')) };
    });
    expect(byType).toMatchObject({ peopleHidden: true, countriesShown: true });
    expect(byType.people).toBeGreaterThan(0);
    await openFresh(page(), x.base, '#/graph?ids=Q227&min=2', 5);
    const edges = await page().evaluate(() => (window as any).cy.edges().map((e: any) => ({ articles: e.data('articles'), hidden: e.hasClass('hidden') })));
    expect(edges.filter((e: any) => e.articles < 2).every((e: any) => e.hidden)).toBe(true);
    expect(edges.filter((e: any) => e.articles >= 2).every((e: any) => !e.hidden)).toBe(true);
  });

  it('highlights the shortest paths between two entities, and opens the pair from them', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q801', 2);
    await searchAndAdd(page(), 'Iran');
    await page().waitForFunction(() => (window as any).cy.getElementById('Q794').nonempty());
    await inPage.tap(page(), 'Q801');
    await page().getByRole('button', { name: 'Path from here' }).click();
    await inPage.tap(page(), 'Q794');
    await page().getByRole('button', { name: 'Path to here' }).click();
    await page().waitForSelector('#details h2:has-text("How Israel connects to Iran")');
    const onPath = await page().evaluate(() => (window as any).cy.elements('.path').map((e: any) => e.id()));
    expect(onPath).toEqual(expect.arrayContaining(['Q801', 'Q794', 'Q227']));
    // The start of the path is not under anything: every path node is inside the visible canvas.
    const inside = await page().evaluate(() => {
      const cy = (window as any).cy;
      const e = cy.extent();
      return cy.nodes('.path').every((n: any) => n.position().x > e.x1 && n.position().x < e.x2 && n.position().y > e.y1 && n.position().y < e.y2);
    });
    expect(inside).toBe(true);
    await x.shot('paths');
    await page().getByRole('button', { name: /Azerbaijan in tension with Iran|Iran .* Azerbaijan|Azerbaijan .* Iran/ }).first().click();
    await page().waitForSelector('#details svg.trend rect', { state: 'attached' });
    expect(await page().locator('#details svg.trend rect[data-class$="CONFLICT"]').count()).toBeGreaterThan(0);
  });

  it('exports the canvas as PNG (the Export menu; the picture itself: briefing.e2e)', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await page().click('#export-button');
    const [png] = await Promise.all([page().waitForEvent('download'), page().click('#export-png')]);
    expect(png.suggestedFilename()).toBe('entente-azerbaijan.png');
    const bytes = await readFile((await png.path())!);
    expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('moves between nodes and expands them with the keyboard', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 2);
    await page().focus('#cy');
    await page().keyboard.press('ArrowRight');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'node');
    const selectedId = await page().evaluate(() => (window as any).entente.store.state.selection.id);
    const [request] = await Promise.all([page().waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('neighborhood')), page().keyboard.press('Enter')]);
    expect(JSON.parse(request.postData() ?? '{}').variables.ids).toEqual([selectedId]);
  });

  it('shows article text as text, never as HTML', async () => {
    await openFresh(page(), x.base, `#/article/${encodeURIComponent('url:https://t.test/xss')}`);
    await page().waitForSelector('.article-text');
    expect(await page().locator('.article-text').textContent()).toContain(XSS);
    expect(await page().locator('#article-view h1').textContent()).toContain(XSS);
    expect(await page().locator('#article-view img').count()).toBe(0);
  });

  // --- issue 13, point 6 ---

  it('lists only the articles that mention the entity, with the total', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q159', 1);
    await inPage.tap(page(), 'Q159');
    const link = page().getByRole('link', { name: /Articles that mention it/ });
    const expected = Number(/\((\d+)\)/.exec((await link.textContent())!)![1]);
    const direct = await x.driver.executeQuery("MATCH (a:Article)-[:MENTIONS]->(:Entity {id: 'Q159'}) RETURN count(a) AS n", {}, { database: settings.database });
    expect(expected).toBe(direct.records[0]!.get('n'));
    await link.click();
    await page().waitForSelector('#article-total');
    // The heading names the entity once its name has loaded (it says "…" until then).
    await page().waitForSelector('#article-view h1:text-is("Articles that mention Russia")');
    expect(await page().locator('.article-list li').count()).toBe(expected);
  });

  it('pages the article list and says how many there are', async () => {
    await openFresh(page(), x.base, '#/articles');
    await page().waitForSelector('#article-total');
    const total = await x.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database: settings.database });
    const n = total.records[0]!.get('n') as number;
    expect(n).toBeGreaterThan(50);
    expect(await page().locator('#article-total').textContent()).toBe(`${n} articles, showing 50`);
    await page().click('#more-articles');
    await page().waitForFunction((all) => document.querySelectorAll('.article-list li').length === all, n);
    expect(await page().locator('#more-articles').count()).toBe(0);
  });

  it('comes back from the reader to a measured, fitted canvas that was not laid out again', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const before = await inPage.positions(page());
    await inPage.tap(page(), 'Q227');
    await page().getByRole('link', { name: /Articles that mention it/ }).click();
    await page().locator('.article-list a').first().click();
    await page().waitForSelector('.article-text');
    await page().goBack();
    await page().goBack();
    await page().waitForFunction(() => !document.getElementById('graph-view')!.hidden && (window as any).cy.width() > 100);
    expect(await inPage.positions(page())).toEqual(before);
    const fitted = await page().evaluate(() => {
      const cy = (window as any).cy;
      const e = cy.extent();
      const b = cy.nodes(':visible').boundingBox();
      return { w: cy.width(), h: cy.height(), inside: b.x1 >= e.x1 - 1 && b.x2 <= e.x2 + 1 && b.y1 >= e.y1 - 1 && b.y2 <= e.y2 + 1 };
    });
    expect(fitted.w).toBeGreaterThan(100);
    expect(fitted.h).toBeGreaterThan(100);
    expect(fitted.inside).toBe(true);
  });

  it('keeps the canvas still when the status line appears, and words relation types for people', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const box = await page().locator('#cy').boundingBox();
    const seen: string[] = [];
    await page().exposeFunction('noteStatus', (text: string) => seen.push(text)).catch(() => {});
    await page().evaluate(() => new MutationObserver(() => (window as any).noteStatus(document.getElementById('status')?.textContent ?? '')).observe(document.getElementById('status-root')!, { subtree: true, childList: true, characterData: true }));
    await inPage.tap(page(), 'Q801');
    await page().getByRole('button', { name: /^normalizes with/ }).click();
    await page().waitForSelector('#status');
    expect(await page().locator('#cy').boundingBox()).toEqual(box);
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).not.toMatch(/[A-Za-z]+_[A-Za-z]+/);
    expect(seen.join(' ')).toMatch(/normalizes with/);
  });

  it.skipIf(!settings.isLocal)('says so when Neo4j is down, retries, and clears the warning (and the error it caused) when it is back', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await stopLocal(readLocalSettings(), () => {});
    await inPage.tap(page(), 'Q801');
    await page().waitForSelector('#db-down');
    await page().waitForSelector('#details .waiting');
    // An action that fails meanwhile says why on the status line…
    await page().evaluate(() => (window as any).entente.controller.expand('Q227'));
    await page().waitForSelector('#status.error');
    await x.shot('neo4j-down');
    await startLocal(readLocalSettings(), () => {});
    // No reload: the warning goes and the panel loads by itself.
    await page().waitForSelector('#db-down', { state: 'detached', timeout: 60_000 });
    await page().waitForSelector('#details h2:has-text("Israel")', { timeout: 90_000 });
    // … and that error does not outlive the outage.
    await page().waitForSelector('#status.error', { state: 'detached' });
  }, 240_000);
});
