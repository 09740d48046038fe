/**
 * Issue 21 §4: a link copied from the address bar reproduces the canvas (expansions, path,
 * groups, removed and hidden entities), in a fresh browser; a canvas too long for an address gets
 * a short link that restores it; the status line says what a link opened. §2: notes are signed by
 * the writer the API token names, and unsigned without one.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, shotOf, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;

/** What a link must bring back: the entities and relations, the path, hidden, groups, and what is drawn. */
const snapshot = (p: Page) =>
  p.evaluate(() => {
    const s = (window as any).entente.store.state;
    const cy = (window as any).cy;
    const sorted = (ids: string[]) => [...ids].sort();
    return {
      nodes: sorted(Object.keys(s.nodes)),
      edges: sorted(Object.keys(s.edges)),
      path: sorted(s.path),
      hidden: sorted(s.hidden),
      seeds: s.seeds,
      groups: s.groups.map((g: any) => ({ label: g.label, kind: g.kind, members: sorted(g.members) })),
      drawnNodes: sorted(cy.nodes().map((n: any) => n.id())),
      drawnEdges: sorted(cy.edges().map((e: any) => e.id())),
    };
  });

/**
 * Opens `url` in a new browser context (nothing shared with the page that made the link), waits
 * for the status line to match `said` and returns what it said then (it clears itself later).
 */
async function openElsewhere(browser: Browser, url: string, said: RegExp): Promise<{ page: Page; status: string; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const other = await context.newPage();
  await other.goto(url);
  const status = await other.waitForFunction((source) => {
    const text = document.querySelector('#status')?.textContent ?? '';
    return new RegExp(source).test(text) && text;
  }, said.source);
  await other.waitForFunction(() => document.body.dataset.layout !== undefined && (window as any).cy.nodes().length > 0);
  return { page: other, status: String(await status.jsonValue()), close: () => context.close() };
}

/** Azerbaijan, Israel expanded, Turkey removed, Armenia hidden, the path from Iran to Israel, two entities grouped. */
async function buildCanvas(p: Page, base: string, query = ''): Promise<void> {
  await p.goto('about:blank');
  await p.goto(`${base}/${query}#/graph?ids=Q227`);
  await inPage.waitForNodes(p, 5);
  await inPage.tap(p, 'Q801');
  await p.click('#expand-all');
  await p.waitForFunction(() => (window as any).cy.getElementById('Q232').nonempty());
  await inPage.tap(p, 'Q43');
  await p.getByRole('button', { name: 'Remove', exact: true }).click();
  await inPage.tap(p, 'Q399');
  await p.getByRole('button', { name: 'Hide', exact: true }).click();
  await inPage.tap(p, 'Q794');
  await p.getByRole('button', { name: 'Path from here' }).click();
  await inPage.tap(p, 'Q801');
  await p.getByRole('button', { name: 'Path to here' }).click();
  await p.waitForSelector('#details h2:has-text("How Iran connects to Israel")');
  // Two entities off the path, grouped from the selection panel.
  const pair = await p.evaluate(() => {
    const s = (window as any).entente.store.state;
    const ids = Object.keys(s.nodes).filter((id) => !s.path.includes(id) && !s.hidden.includes(id) && !s.seeds.includes(id)).slice(0, 2);
    (window as any).entente.controller.select({ kind: 'nodes', ids });
    return ids;
  });
  expect(pair).toHaveLength(2);
  await p.fill('input[aria-label="Name of the group"]', 'Two of Israel');
  await p.click('#bulk-group');
  await p.waitForFunction(() => (window as any).entente.store.state.groups.length === 1);
  // The path is what the link should name as selected.
  await p.evaluate(() => (window as any).entente.controller.select({ kind: 'path', from: 'Q794', to: 'Q801' }));
}

describe.skipIf(!hasChromium)('canvas links', () => {
  beforeAll(async () => {
    x = await startExplorer({ app: { writerTokens: { 'Amira Haddad': 'amira-token-1' } } });
  });
  afterAll(() => x?.close());

  it('reproduces the canvas from a link copied from the address bar, in a fresh browser', async () => {
    await buildCanvas(page(), x.base);
    await page().waitForFunction(() => location.hash.includes('path=') && location.hash.includes('group=') && location.hash.includes('ends='));
    const made = await snapshot(page());
    const href = page().url();
    expect(href).toMatch(/#\/graph\?ids=Q227&.*n=/);
    expect(href.length).toBeLessThan(2_000);
    expect(made.nodes).not.toContain('Q43');
    expect(made.hidden).toEqual(['Q399']);
    expect(made.path).toEqual(expect.arrayContaining(['Q794', 'Q801']));

    const elsewhere = await openElsewhere(x.browser, href, /^Opened link: /);
    expect(await snapshot(elsewhere.page)).toEqual(made);
    expect(elsewhere.status).toBe(`Opened link: ${made.nodes.length} entities, ${made.edges.length} relations, path Iran → Israel, 1 group, 1 hidden.`);
    await shotOf(elsewhere.page, 'link-opened');
    await elsewhere.close();
  });

  it('puts a short link in the address bar when the canvas is too long for one, and the short link restores it', async () => {
    // ?linkLimit lowers the 2,000-character limit (docs/API.md, "Links").
    await buildCanvas(page(), x.base, '?linkLimit=300');
    await page().waitForFunction(() => /^#\/v\/[\w-]{12}$/.test(location.hash) && (window as any).entente.store.state.selection.kind === 'path');
    const made = await snapshot(page());
    const positions = await page().evaluate(() => (window as any).entente.store.state.positions);
    const href = page().url();
    const id = href.split('#/v/')[1]!;

    const elsewhere = await openElsewhere(x.browser, href.replace('?linkLimit=300', ''), /^Opened shared view /);
    expect(await snapshot(elsewhere.page)).toEqual(made);
    // Exactly as it was kept: the places too.
    expect(await elsewhere.page.evaluate(() => (window as any).entente.store.state.positions)).toEqual(positions);
    expect(elsewhere.status).toBe(`Opened shared view ${id} (saved just now): ${made.nodes.length} entities, ${made.edges.length} relations, path Iran → Israel, 1 group, 1 hidden.`);
    // The address stays the short link.
    expect(elsewhere.page.url()).toContain(`#/v/${id}`);
    await shotOf(elsewhere.page, 'short-link-opened');
    await elsewhere.close();
  });

  it('says so when a short link is unknown or has expired, instead of a blank page', async () => {
    await openFresh(page(), x.base, '#/v/nosuchlink00');
    await page().waitForSelector('#status.error');
    expect(await page().locator('#status').textContent()).toMatch(/^The short link nosuchlink00 is unknown or has expired \(short links are kept 30 days\)/);
    await x.shot('short-link-unknown');
  });

  it('signs notes with the writer the API token names; without a token a note is unsigned', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    await page().evaluate(() => (window as any).entente.controller.select({ kind: 'none' }));
    const notes = () => page().evaluate(() => (window as any).entente.store.state.notes.map((n: any) => ({ text: n.text, by: n.by })));
    await page().locator('.all-notes textarea').first().fill('Written before signing.');
    await page().locator('.all-notes .add-note').first().click();
    await page().waitForFunction(() => (window as any).entente.store.state.notes.length === 1);
    expect(await notes()).toEqual([{ text: 'Written before signing.', by: null }]);

    await page().getByText('Notes are unsigned').click();
    await page().fill('input[aria-label="Your API token"]', 'amira-token-1');
    await page().click('#use-token');
    await page().waitForSelector('.signed-by:has-text("Your notes are signed by Amira Haddad.")');
    await page().locator('.all-notes textarea').first().fill('Two outlets only.');
    await page().locator('.all-notes .add-note').first().click();
    await page().waitForFunction(() => (window as any).entente.store.state.notes.length === 2);
    expect(await notes()).toEqual([
      { text: 'Written before signing.', by: null },
      { text: 'Two outlets only.', by: 'Amira Haddad' },
    ]);
    const shown = await page().locator('.all-notes .note').allTextContents();
    expect(shown[0]).not.toContain('Amira Haddad');
    expect(shown[1]).toContain('· Amira Haddad');
    await x.shot('notes-signed');
    // The exported view carries who wrote each note.
    await page().click('#views-button');
    const [download] = await Promise.all([page().waitForEvent('download'), page().click('#export-json')]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.investigation.notes.map((n: any) => n.by)).toEqual([null, 'Amira Haddad']);
  });
});
