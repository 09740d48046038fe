import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, markSaved, select, setFilters } from './actions.ts';
import { star } from './fixtures.test-util.ts';
import { articlesHash, hashOf, parseHash } from './url.ts';

describe('URLs', () => {
  const s = setFilters({ hiddenClasses: ['STRUCTURAL'], minScore: 0.5, hideUnconnected: true, countries: ['RU'] }).apply(addGraph(star('RU', ['UA']), { label: 'a', around: ['RU'], asSeeds: true }).apply(emptyInvestigation()));

  it('writes the starting entities and filters of an unsaved canvas, and reads them back', () => {
    const hash = hashOf(select({ kind: 'node', id: 'UA' }).apply(s));
    expect(hash).toBe('#/graph?ids=RU&hide=STRUCTURAL&score=0.5&countries=RU&unconnected=hide&sel=UA');
    const route = parseHash(hash);
    expect(route).toMatchObject({ view: 'graph', seeds: ['RU'], selected: 'UA', filters: { hiddenClasses: ['STRUCTURAL'], minScore: 0.5, hideUnconnected: true, countries: ['RU'] } });
  });

  it('points at the saved view while it is unchanged', () => {
    const saved = markSaved({ id: 'abc', name: 'Russia' }).apply(s);
    expect(hashOf(saved)).toBe('#/view/abc');
    expect(parseHash('#/view/abc')).toEqual({ view: 'saved', id: 'abc' });
    expect(hashOf(setFilters({ minArticles: 2 }).apply(saved))).toMatch(/^#\/graph\?ids=RU/);
  });

  it('reads the reader and the article list, with the entity', () => {
    expect(parseHash('#/article/url%3Ahttps%3A%2F%2Fx')).toEqual({ view: 'article', id: 'url:https://x' });
    expect(parseHash(articlesHash({ entity: 'Q159' }))).toEqual({ view: 'articles', text: '', entity: 'Q159' });
  });
});
