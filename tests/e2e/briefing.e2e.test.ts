/** Issue 21, point 2: notes on entities, relations and the view: marked on the canvas, listed, kept in saved views, never HTML. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, shotOf, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;

/** Markup that would run (and open a dialog, failing the test) if a note were rendered as HTML. */
const HOSTILE = 'Watch the <b>drone</b> supply <img src=x onerror="alert(1)">';

const notesOf = (p: Page) => p.evaluate(() => (window as any).entente.store.state.notes as { target: { kind: string; id?: string }; text: string }[]);
const notedOnCanvas = (p: Page) => p.evaluate(() => (window as any).cy.$('.noted').map((e: any) => e.id()).sort() as string[]);

describe.skipIf(!hasChromium)('notes', () => {
  let relation = '';
  let viewId = '';

  beforeAll(async () => {
    x = await startExplorer();
  });
  afterAll(() => x?.close());

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
