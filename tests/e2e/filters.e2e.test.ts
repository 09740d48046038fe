/** Issue 13, point 7: the filters an analyst reaches for, with counts in the legend (evidence dates: the timeline, map-timeline.e2e.test.ts). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { openFresh, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;
// Canada praises Mexico in January and December only; Brazil accuses Argentina in June.
const extra = [
  { title: 'Praise in winter', url: 'https://t.test/f1', published: '2024-01-15', source: 'Wire A', text: 'Canada praised Mexico for the agreement.' },
  { title: 'Praise again', url: 'https://t.test/f2', published: '2024-12-15', source: 'Wire A', text: 'Canada praised Mexico again for the agreement.' },
  { title: 'Steel dispute', url: 'https://t.test/f3', published: '2024-06-15', source: 'Daily B', text: 'Brazil accused Argentina of dumping steel.' },
];
const CANVAS = '#/graph?ids=Q16,Q96,Q155,Q414';

/** Visible element ids and the ids of every relation between two of the four countries. */
const visible = (p: Page) =>
  p.evaluate(() => {
    const cy = (window as any).cy;
    return { nodes: cy.nodes(':visible').map((n: any) => n.id()).sort() as string[], edges: cy.edges(':visible').map((e: any) => e.data('type')).sort() as string[] };
  });
const setRange = (p: Page, label: string, value: number) =>
  p.evaluate(
    ({ label, value }) => {
      const input = document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement;
      input.value = String(value);
      // As a browser does when the slider is moved: input while it moves, change when it is let go.
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { label, value },
  );

describe.skipIf(!hasChromium)('filters', () => {
  beforeAll(async () => {
    x = await startExplorer({ extra });
  });
  afterAll(() => x?.close());

  it('counts what each legend entry covers, and shows only one class in one click', async () => {
    await openFresh(page(), x.base, CANVAS, 4);
    expect((await visible(page())).edges).toContain('ACCUSES');
    expect((await visible(page())).edges.length).toBeGreaterThan(1);
    const verbalConflict = page().locator('.legend-row', { hasText: 'Verbal conflict' });
    expect(await verbalConflict.locator('.count').textContent()).toBe('1');
    await verbalConflict.hover();
    await page().getByRole('button', { name: 'Only Verbal conflict' }).click();
    await page().waitForFunction(() => (window as any).cy.edges(':visible').length === 1);
    expect((await visible(page())).edges).toEqual(['ACCUSES']);
    // Entities left without a relation stay until "hide unconnected".
    expect((await visible(page())).nodes).toHaveLength(4);
    await page().getByLabel('Hide entities left without a relation').check();
    await page().waitForFunction(() => (window as any).cy.nodes(':visible').length === 2);
    expect((await visible(page())).nodes).toEqual(['Q155', 'Q414']);
  });

  it('filters by outlet, by score and by country', async () => {
    await openFresh(page(), x.base, CANVAS, 4);
    await page().locator('summary', { hasText: 'Outlets' }).click();
    await page().locator('.facet label', { hasText: 'Daily B' }).locator('input').check();
    await page().waitForFunction(() => (window as any).cy.edges(':visible').length === 1);
    expect((await visible(page())).edges).toEqual(['ACCUSES']);
    await page().getByRole('button', { name: 'Reset filters' }).click();

    const scores = await page().evaluate(() => (window as any).entente.store.state.edges);
    const values = Object.values(scores).map((e: any) => e.score).sort();
    // The slider moves in steps of 0.05: the first step above the lowest score hides at least that edge.
    const threshold = Math.round((Math.floor(values[0] / 0.05) + 1) * 0.05 * 100) / 100;
    await setRange(page(), 'Minimum score', threshold);
    expect(await page().evaluate(() => Number((document.querySelector('input[aria-label="Minimum score"]') as HTMLInputElement).value))).toBe(threshold);
    await page().waitForFunction((t) => (window as any).cy.edges().every((e: any) => e.visible() === ((window as any).entente.store.state.edges[e.id()].score >= t)), threshold);
    await page().getByRole('button', { name: 'Reset filters' }).click();

    await page().locator('summary', { hasText: 'Countries' }).click();
    await page().locator('.facet label', { hasText: 'CA' }).locator('input').check();
    await page().waitForFunction(() => (window as any).cy.nodes(':visible').length === 1);
    expect((await visible(page())).nodes).toEqual(['Q16']);
  });
});
