/** Issue 13, point 4: one panel for a pair of entities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, startExplorer, type Explorer } from './fixture.ts';

let x: Explorer;
const page = () => x.page;

async function apiPair(a: string, b: string) {
  const response = await fetch(`${x.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ pair(a: "${a}", b: "${b}") { relationCount evidenceCount byType { key evidence } } }` }),
  });
  return ((await response.json()) as any).data.pair as { relationCount: number; evidenceCount: number; byType: { key: string; evidence: number }[] };
}

describe.skipIf(!hasChromium)('the pair panel', () => {
  beforeAll(async () => {
    x = await startExplorer();
  });
  afterAll(() => x?.close());

  it('opens one panel for Israel and Azerbaijan from a node’s “relations with…”: every relation, a timeline, the sentences', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const parallel = await page().evaluate(() => (window as any).cy.edges().filter((e: any) => [e.source().id(), e.target().id()].sort().join() === 'Q227,Q801').length);
    expect(parallel).toBeGreaterThan(1);
    await inPage.tap(page(), 'Q227');
    await page().locator('#details').getByRole('button', { name: 'Israel', exact: true }).click();
    await page().waitForSelector('#details .pair-relations tbody tr');
    const expected = await apiPair('Q227', 'Q801');
    expect(await page().locator('#details .pair-relations tbody tr').count()).toBe(expected.relationCount);
    expect(await page().locator('#details h2').textContent()).toBe('Azerbaijan and Israel');
    expect(await page().locator('#details').textContent()).toContain(`${expected.evidenceCount} evidence sentence`);
    // The timeline counts evidence per month, with an axis.
    const bars = await page().locator('#details svg.trend rect').evaluateAll((rects) => rects.map((r) => r.querySelector('title')!.textContent!));
    const counted = bars.reduce((n, t) => n + Number(/: (\d+) /.exec(t)![1]), 0);
    expect(counted).toBe(expected.evidenceCount);
    expect(await page().locator('#details svg.trend .axis text').count()).toBeGreaterThanOrEqual(2);
    await page().getByRole('button', { name: 'by year' }).click();
    expect(await page().locator('#details svg.trend .axis-label').first().textContent()).toMatch(/^\d{4}$/);
    // Every sentence, each linked to its article; highlighted entities.
    expect(await page().locator('#details .evidence li').count()).toBe(expected.evidenceCount);
    expect(await page().locator('#details .evidence li a[href^="#/article/"]').count()).toBe(expected.evidenceCount);
    expect(await page().locator('#details .evidence mark').count()).toBeGreaterThanOrEqual(2);
    await x.shot('pair-panel');

    // Filter by type: only that type's sentences.
    const type = expected.byType[0]!;
    await page().selectOption('#details select[aria-label="Relation type of the sentences"]', type.key);
    await page().waitForFunction((n) => document.querySelectorAll('#details .evidence li').length === n, type.evidence);
    const tags = await page().locator('#details .evidence .tag').allTextContents();
    expect(new Set(tags)).toEqual(new Set([type.key.toLowerCase().replace(/_/g, ' ')]));
    // Filter by date: from the latest month on, only that month's sentences.
    await page().selectOption('#details select[aria-label="Relation type of the sentences"]', '');
    const months = await page().locator('#details select[aria-label="Sentences from month"] option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    const latest = months.at(-1)!;
    await page().selectOption('#details select[aria-label="Sentences from month"]', latest);
    const dates = await page().locator('#details .evidence li .muted').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(expected.evidenceCount);
    for (const d of dates) expect(d).toContain(latest);
  });

  it('opens the same panel from any edge of the bundle, with that relation chosen', async () => {
    await openFresh(page(), x.base, '#/graph?ids=Q227', 5);
    const edge = await page().evaluate(() => (window as any).cy.edges().filter((e: any) => [e.source().id(), e.target().id()].sort().join() === 'Q227,Q801')[0].data());
    await inPage.tap(page(), edge.id);
    await page().waitForSelector('#details .pair-relations tr.chosen');
    expect(await page().locator('#details h2').textContent()).toMatch(/Azerbaijan and Israel|Israel and Azerbaijan/);
    expect(await page().locator('#details .pair-relations tr.chosen button').textContent()).toContain(edge.label);
    // A sentence's article opens in the reader.
    await page().locator('#details .evidence a').first().click();
    await page().waitForSelector('.article-text .mention');
  });
});
