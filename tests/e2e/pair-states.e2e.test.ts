/** Issue 22, point 4: the pair panel shows the pair's state over time as bands, each clickable to its sentences. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../seed/types.ts';
import { hasChromium } from './browser.ts';
import { inPage, openFresh, startExplorer, type Explorer } from './fixture.ts';

// Articles of our own, loaded out of order: ties established, cut, restored.
const article = (n: number, published: string, text: string): Article => ({ title: `Ties ${n}`, url: `https://states.test/${n}`, source: 'Wire S', published, text });
const ARTICLES = [
  article(3, '2025-01-10', 'Chile and Peru restored diplomatic relations in 2023.'),
  article(1, '2023-03-01', 'Chile and Peru established diplomatic relations in 1992.'),
  article(2, '2024-05-02', 'Chile recalled its ambassador from Peru in 2016 after a dispute over fishing rights.'),
];
const CHILE = 'Q298';

let x: Explorer;
const page = () => x.page;

describe.skipIf(!hasChromium)('the state of a pair over time', () => {
  beforeAll(async () => {
    x = await startExplorer({ extra: ARTICLES });
  });
  afterAll(() => x?.close());

  it('draws normal, cut and restored ties as bands in time order, each opening its sentences', async () => {
    await openFresh(page(), x.base, `#/graph?ids=${CHILE}`, 2);
    await inPage.tap(page(), CHILE);
    await page().locator('#details').getByRole('button', { name: 'Peru', exact: true }).click();
    const bands = page().locator('#details .state-bands .state-band');
    await bands.nth(2).waitFor();
    expect(await bands.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['ties normal 1992–2016', 'ties cut 2016–2023', 'ties normal since 2023']);
    expect(await page().locator('#details .band-row-title').allTextContents()).toEqual(['Diplomatic ties']);
    // Left to right, each band starting where the one before ends.
    const boxes = await bands.evaluateAll((els) => els.map((e) => e.querySelector('rect')!.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    for (let i = 1; i < boxes.length; i++) expect(Math.abs(boxes[i]!.left - boxes[i - 1]!.right)).toBeLessThan(2);
    // The bands stand above the evidence histogram.
    const bandsTop = (await page().locator('#details svg.state-bands').boundingBox())!.y;
    expect(bandsTop).toBeLessThan((await page().locator('#details svg.trend').boundingBox())!.y);

    // The cut: opened by the recall, closed by the restoration, each linked to its article.
    await bands.nth(1).click();
    const sentences = page().locator('#details .period-sentences');
    await sentences.waitFor();
    const quotes = await sentences.locator('blockquote').allTextContents();
    expect(quotes).toEqual(['Chile recalled its ambassador from Peru in 2016 after a dispute over fishing rights.', 'Chile and Peru restored diplomatic relations in 2023.']);
    expect(await sentences.textContent()).toContain('2016, as the sentence says');
    expect(await sentences.locator('a[href^="#/article/"]').allTextContents()).toEqual(['Ties 2', 'Ties 3']);
    await x.shot('pair-states');

    // The periods in words too, each a button to the same sentences.
    expect(await page().locator('#details .period-list button').allTextContents()).toEqual(['ties normal 1992–2016', 'ties cut 2016–2023', 'ties normal since 2023']);
    await page().locator('#details .period-list button').first().click();
    expect(await sentences.locator('blockquote').first().textContent()).toBe('Chile and Peru established diplomatic relations in 1992.');

    // The restoration still holds; choosing it again hides the sentences.
    await bands.nth(2).click();
    expect(await sentences.textContent()).toContain('Still holds');
    await bands.nth(2).click();
    await sentences.waitFor({ state: 'detached' });
  });
});
