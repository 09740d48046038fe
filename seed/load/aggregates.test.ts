import { describe, expect, it } from 'vitest';
import { aggregate, aggregateDelta, tallyLists, type ArticleSupport } from './aggregates.ts';

const support = (best: number, date: string | null, outlet: string | null, commodities: string[] = []): ArticleSupport => ({ best, date, outlet, commodities, domains: [], instruments: [], roles: [] });

describe('relation aggregates as arithmetic over articles', () => {
  const a = support(0.8, '2025-01-05', 'Wire A', ['gas']);
  const b = support(0.6, '2025-02-07', 'Wire B', ['gas', 'oil']);
  const c = support(0.9, '2025-03-01', 'Wire A');

  it('adds up in any order to the same values', () => {
    expect(aggregate([a, b, c])).toEqual(aggregate([c, a, b]));
    expect(aggregate([a, b, c]).tally).toEqual({ keys: ['commodity:gas', 'commodity:oil', 'outlet:Wire A', 'outlet:Wire B'], counts: [2, 1, 2, 1] });
    expect(tallyLists(aggregate([a, b, c]).tally.keys)).toMatchObject({ outlets: ['Wire A', 'Wire B'], commodities: ['gas', 'oil'] });
  });

  it('takes an article out again: adding the delta to the aggregates of all gives the aggregates of the rest', () => {
    const all = aggregate([a, b, c]);
    const delta = aggregateDelta([], [b]);
    const rest = aggregate([a, c]);
    expect(all.articleCount + delta.articles).toBe(rest.articleCount);
    expect(Math.round((all.logMiss + delta.logMiss) * 1e6) / 1e6).toBe(rest.logMiss);
    expect(delta.tally).toEqual({ keys: ['commodity:gas', 'commodity:oil', 'outlet:Wire B'], counts: [-1, -1, -1] });
    // b held the last date: the dates must be read again.
    expect(delta.removedLast).toBe('2025-02-07');
  });

  it('asks for no date recompute when an update restates the relation with the same date', () => {
    const delta = aggregateDelta([support(0.7, '2025-02-07', 'Wire B', ['gas'])], [b]);
    expect(delta).toMatchObject({ articles: 0, removedFirst: null, removedLast: null });
    expect(delta.tally).toEqual({ keys: ['commodity:oil'], counts: [-1] });
  });
});
