/** Claims in the explorer's state: the "only asserted" and "≥ N outlets" filters, their URL, saved views and legend counts. */
import { describe, expect, it } from 'vitest';
import { claimedBy, claimSummary } from '../format.ts';
import { drawnRelation } from '../graph/drawn.ts';
import { addGraph, emptyInvestigation, setFilters } from './actions.ts';
import { edge, node } from './fixtures.test-util.ts';
import { fromDocument, toJson } from './serialize.ts';
import type { Investigation } from './types.ts';
import { hashOf, parseHash } from './url.ts';
import { legendCounts, visibleElements } from './visibility.ts';

const claims = (c: Partial<Record<'asserted' | 'attributed' | 'hedged' | 'proposed' | 'denied', number>>) => ({ asserted: 0, attributed: 0, hedged: 0, proposed: 0, denied: 0, ...c });
const base = addGraph(
  {
    nodes: [node('IR'), node('RU'), node('BY'), node('FR')],
    edges: [
      edge('IR', 'RU', 'SUPPLIES', { outlets: ['A', 'B', 'C', 'D'], claims: claims({ asserted: 1, attributed: 1, hedged: 1, denied: 1 }), disputed: true }),
      edge('BY', 'RU', 'SUPPLIES', { outlets: ['E'], claims: claims({ hedged: 1, attributed: 1 }), disputed: false }),
      edge('FR', 'RU', 'SANCTIONS', { outlets: ['F', 'G'], claims: claims({ asserted: 2 }), disputed: false }),
    ],
  },
  { label: 'a', asSeeds: true },
).apply(emptyInvestigation());
const shown = (s: Investigation) => [...visibleElements(s).edges].map((id) => id.split(':').slice(0, 2).join(':')).sort();

describe('claims in the explorer', () => {
  it('"only asserted" hides relations no outlet asserts; "≥ N outlets" hides the less corroborated', () => {
    expect(shown(base)).toHaveLength(3);
    expect(shown(setFilters({ assertedOnly: true }).apply(base))).toEqual(['SANCTIONS:FR', 'SUPPLIES:IR']);
    expect(shown(setFilters({ minOutlets: 2 }).apply(base))).toEqual(['SANCTIONS:FR', 'SUPPLIES:IR']);
    expect(shown(setFilters({ minOutlets: 3 }).apply(base))).toEqual(['SUPPLIES:IR']);
    // An edge from a view saved before claims were known is kept.
    const old = addGraph({ nodes: [node('X'), node('Y')], edges: [edge('X', 'Y')] }, { label: 'b' }).apply(emptyInvestigation());
    expect(shown(setFilters({ assertedOnly: true, minOutlets: 5 }).apply(old))).toHaveLength(1);
  });

  it('counts unasserted and disputed relations for the legend', () => {
    const s = setFilters({ assertedOnly: true }).apply(base);
    expect(legendCounts(s, visibleElements(s)).claims).toEqual({ unasserted: { shown: 0, total: 1 }, disputed: { shown: 1, total: 1 } });
  });

  it('keeps both filters in the URL and in saved views', () => {
    const s = setFilters({ assertedOnly: true, minOutlets: 3 }).apply(base);
    const hash = hashOf(s);
    expect(hash).toContain('claims=asserted');
    expect(hash).toContain('minoutlets=3');
    expect(parseHash(hash)).toMatchObject({ view: 'graph', filters: { assertedOnly: true, minOutlets: 3 } });
    expect(parseHash('#/graph?ids=RU')).toMatchObject({ filters: { assertedOnly: false, minOutlets: 1 } });
    const back = fromDocument(toJson(s, 'claims')).investigation;
    expect(back.filters).toMatchObject({ assertedOnly: true, minOutlets: 3 });
    expect(back.edges['SUPPLIES:IR:RU']).toMatchObject({ disputed: true, claims: { denied: 1 } });
  });

  it('draws an unasserted edge apart and labels a disputed one', () => {
    expect(drawnRelation(base.edges['SUPPLIES:BY:RU']!, true)).toMatchObject({ unasserted: true, disputed: false, label: 'supplies' });
    expect(drawnRelation(base.edges['SUPPLIES:IR:RU']!, true)).toMatchObject({ unasserted: false, disputed: true, label: 'supplies (disputed)' });
  });

  it('says who makes a claim, and sums up a relation’s claims in words', () => {
    expect(claimedBy('ATTRIBUTED', 'Ukraine')).toBe('said by Ukraine');
    expect(claimedBy('DENIED', 'Iran')).toBe('denied by Iran');
    expect(claimedBy('HEDGED', 'Analysts')).toBe('said by analysts');
    expect(claimedBy('HEDGED', 'Western officials')).toBe('said by Western officials');
    expect(claimedBy('HEDGED', null)).toBe('unnamed source');
    expect(claimedBy('ASSERTED', null)).toBeNull();
    expect(claimSummary(claims({ asserted: 1, hedged: 2 }))).toBe('1 asserted · 2 hedged');
  });
});
