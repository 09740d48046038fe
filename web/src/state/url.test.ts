import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, markSaved, select, setFilters, setStyling } from './actions.ts';
import { star } from './fixtures.test-util.ts';
import { groupNodes } from './groups.ts';
import { setTimeline } from './timeline.ts';
import { articleHash, articlesHash, hashOf, parseHash } from './url.ts';

describe('URLs', () => {
  const s = setFilters({ hiddenClasses: ['STRUCTURAL'], minScore: 0.5, hideUnconnected: true, countries: ['RU'] }).apply(addGraph(star('RU', ['UA']), { label: 'a', around: ['RU'], asSeeds: true }).apply(emptyInvestigation()));

  it('writes the starting entities and filters of an unsaved canvas, and reads them back', () => {
    const hash = hashOf(select({ kind: 'node', id: 'UA' }).apply(s));
    expect(hash).toBe('#/graph?ids=RU&hide=STRUCTURAL&score=0.5&countries=RU&unconnected=hide&n=RU%2CUA&r=MEETS_WITH%3ARU%3AUA&sel=UA');
    const route = parseHash(hash);
    expect(route).toMatchObject({ view: 'graph', seeds: ['RU'], selected: 'UA', filters: { hiddenClasses: ['STRUCTURAL'], minScore: 0.5, hideUnconnected: true, countries: ['RU'] } });
  });

  it('writes the timeline, display, size, colour and groups, and reads them back', () => {
    const more = [setTimeline({ mode: 'asOf', step: 'week' }), setFilters({ to: '2024-03-10' }), setStyling({ display: 'map', sizeBy: 'betweenness', colourBy: 'community' }), groupNodes(['RU', 'UA'], { label: 'Both', kind: 'community' })].reduce((x, a) => a.apply(x), s);
    const hash = hashOf(more);
    expect(hash).toContain('to=2024-03-10');
    expect(hash).toContain('mode=asof&step=week&display=map&size=betweenness&colour=community&group=community%7EBoth%7ERU%2CUA');
    expect(parseHash(hash)).toMatchObject({
      filters: { to: '2024-03-10' },
      timeline: { mode: 'asOf', step: 'week', speed: 2 },
      styling: { display: 'map', sizeBy: 'betweenness', colourBy: 'community' },
      groups: [{ kind: 'community', label: 'Both', members: ['RU', 'UA'] }],
    });
    // Nothing of it in the URL of a plain canvas.
    expect(hashOf(s)).not.toMatch(/mode=|display=|group=/);
  });

  it('writes whether relations ended by the playhead are hidden, and reads it back (shown by default)', () => {
    const hiding = [setTimeline({ mode: 'asOf' }), setFilters({ to: '2025-03' }), setTimeline({ ended: 'hide' })].reduce((x, a) => a.apply(x), s);
    const hash = hashOf(hiding);
    expect(hash).toContain('mode=asof&ended=hide');
    expect(parseHash(hash)).toMatchObject({ filters: { to: '2025-03' }, timeline: { mode: 'asOf', ended: 'hide' } });
    expect(hashOf(setTimeline({ ended: 'show' }).apply(hiding))).not.toContain('ended=');
    expect(parseHash('#/graph?ids=RU&ended=nonsense')).toMatchObject({ timeline: { ended: 'show' } });
  });

  it('points at the saved view while it is unchanged', () => {
    const saved = markSaved({ id: 'abc', name: 'Russia' }).apply(s);
    expect(hashOf(saved)).toBe('#/view/abc');
    expect(parseHash('#/view/abc')).toEqual({ view: 'saved', id: 'abc' });
    expect(parseHash('#/v/Ab-_9')).toEqual({ view: 'shared', id: 'Ab-_9' });
    expect(hashOf(setFilters({ minArticles: 2 }).apply(saved))).toMatch(/^#\/graph\?ids=RU/);
  });

  it('reads the reader and the article list, with the entity', () => {
    expect(parseHash('#/article/url%3Ahttps%3A%2F%2Fx')).toEqual({ view: 'article', id: 'url:https://x', at: null });
    // A sentence to scroll to and highlight; a malformed or empty range is none.
    expect(parseHash(articleHash('url:https://x?a=1', { start: 120, end: 245 }))).toEqual({ view: 'article', id: 'url:https://x?a=1', at: { start: 120, end: 245 } });
    expect(parseHash('#/article/a?at=9-3')).toEqual({ view: 'article', id: 'a', at: null });
    expect(parseHash('#/article/a?at=x')).toEqual({ view: 'article', id: 'a', at: null });
    expect(parseHash(articlesHash({ entity: 'Q159' }))).toEqual({ view: 'articles', text: '', entity: 'Q159' });
  });
});
