/**
 * Issue 21, point 5: axe-core (WCAG 2 A and AA rules) finds no critical or serious violation on
 * the start page, a graph with the pair panel open, the article list and the reader; a skip link
 * reaches the canvas; keyboard focus is visible.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { openFresh, shotOf, startExplorer, type Explorer } from './fixture.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let x: Explorer;
const page = () => x.page;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page: its critical and serious violations, with where they are. */
async function seriousViolations(p: Page): Promise<{ id: string; help: string; where: string[] }[]> {
  await p.addScriptTag({ path: AXE });
  const violations = await p.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations as Violation[];
  });
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => ({ id: v.id, help: v.help, where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

beforeAll(async () => {
  if (hasChromium) x = await startExplorer();
});
afterAll(() => x?.close());

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2 A and AA)', () => {
  it('the start page', async () => {
    await page().goto('about:blank');
    await page().goto(x.base);
    await page().waitForSelector('#empty:not([hidden])');
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('a graph with the pair panel open', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 3);
    await page().evaluate(() => (window as any).entente.controller.select({ kind: 'pair', a: 'Q794', b: 'Q227' }));
    await page().waitForSelector('#details .pair-relations');
    expect(await seriousViolations(page())).toEqual([]);
    await shotOf(page(), 'a11y-pair');
  });

  it('the article list', async () => {
    await page().goto('about:blank');
    await page().goto(`${x.base}/#/articles`);
    await page().waitForSelector('#article-view li a');
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('the reader, at a linked sentence with a relation’s sentences open', async () => {
    const href = await page().locator('#article-view li a').first().getAttribute('href');
    await page().goto(`${x.base}/${href}?at=0-20`);
    await page().waitForSelector('#article-view .evidence-sentence');
    await page().locator('.stated-relation').first().click();
    await page().waitForSelector('.stated-sentences li');
    expect(await seriousViolations(page())).toEqual([]);
    await shotOf(page(), 'a11y-reader');
  });

  it('the keyboard: a skip link reaches the canvas; the legend\'s "only" buttons take focus and show it', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q794', 3);
    await page().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('skip-link');
    // Shown when focused: inside the window, not off its top edge.
    expect((await page().locator('#skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await shotOf(page(), 'a11y-skip-link');
    await page().keyboard.press('Enter');
    await page().waitForFunction(() => document.activeElement?.id === 'cy');
    // Arrow keys then walk the canvas: an entity gets selected.
    await page().keyboard.press('ArrowRight');
    await page().waitForFunction(() => (window as any).entente.store.state.selection.kind === 'node');

    await page().getByLabel('Verbal conflict', { exact: true }).focus();
    await page().keyboard.press('Tab');
    const focused = await page().evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { label: el.getAttribute('aria-label'), opacity: style.opacity, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ label: 'Only Verbal conflict', opacity: '1', outline: 'solid', width: '3px' });
    await page().keyboard.press('Enter');
    await page().waitForFunction(() => (window as any).entente.store.state.filters.hiddenClasses.length === 4);
    await shotOf(page(), 'a11y-legend-focus');
  });
});
