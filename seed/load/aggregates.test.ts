import { describe, expect, it } from 'vitest';
import { aggregate, aggregateDelta, knownOn, tallyLists, type ArticleSupport } from './aggregates.ts';

const support = (best: number, date: string | null, outlet: string | null, commodities: string[] = [], statuses = ['asserted'], outletCountry: string | null = null, eventDates: string[] = []): ArticleSupport => ({
  best, date, outlet, outletCountry, statuses, eventDates, commodities, domains: [], instruments: [], roles: [],
});

describe('relation aggregates as arithmetic over articles', () => {
  const a = support(0.8, '2025-01-05', 'Wire A', ['gas']);
  const b = support(0.6, '2025-02-07', 'Wire B', ['gas', 'oil']);
  const c = support(0.9, '2025-03-01', 'Wire A');

  it('adds up in any order to the same values', () => {
    expect(aggregate([a, b, c])).toEqual(aggregate([c, a, b]));
    expect(aggregate([a, b, c]).tally).toEqual({ keys: ['commodity:gas', 'commodity:oil', 'outlet:Wire A', 'outlet:Wire B', 'status:asserted'], counts: [2, 1, 2, 1, 3] });
    expect(tallyLists(aggregate([a, b, c]).tally.keys)).toMatchObject({ outlets: ['Wire A', 'Wire B'], commodities: ['gas', 'oil'] });
  });

  it('takes an article out again: adding the delta to the aggregates of all gives the aggregates of the rest', () => {
    const all = aggregate([a, b, c]);
    const delta = aggregateDelta([], [b]);
    const rest = aggregate([a, c]);
    expect(all.articleCount + delta.articles).toBe(rest.articleCount);
    expect(Math.round((all.logMiss + delta.logMiss) * 1e6) / 1e6).toBe(rest.logMiss);
    expect(delta.tally).toEqual({ keys: ['commodity:gas', 'commodity:oil', 'outlet:Wire B', 'status:asserted'], counts: [-1, -1, -1, -1] });
    // b held the last date: the dates must be read again.
    expect(delta.removedLast).toBe('2025-02-07');
  });

  it('asks for no date recompute when an update restates the relation with the same date', () => {
    const delta = aggregateDelta([support(0.7, '2025-02-07', 'Wire B', ['gas'])], [b]);
    expect(delta).toMatchObject({ articles: 0, removedFirst: null, removedLast: null });
    expect(delta.tally).toEqual({ keys: ['commodity:oil'], counts: [-1] });
  });

  it('counts claim statuses per evidence sentence and marks a relation asserted and denied as disputed', () => {
    const asserted = support(0.8, '2025-01-05', 'Wire A', [], ['asserted', 'asserted']);
    const denied = support(0.4, '2025-01-06', 'Wire B', [], ['denied']);
    const lists = tallyLists(aggregate([asserted, denied]).tally.keys);
    expect(aggregate([asserted, denied]).tally).toMatchObject({ keys: ['outlet:Wire A', 'outlet:Wire B', 'status:asserted', 'status:denied'], counts: [1, 1, 2, 1] });
    expect(lists.statuses).toEqual(['asserted', 'denied']);
    expect(aggregate([asserted, denied]).score).toBeLessThan(aggregate([asserted, support(0.4, '2025-01-06', 'Wire B')]).score / 1.9);
  });

  it('scores the same statements higher when outlets of several countries carry them than one country’s outlets', () => {
    const from = (country: string, outlet: string) => support(0.6, '2025-01-05', outlet, [], ['asserted'], country);
    const oneCountry = aggregate([from('AZ', 'A1'), from('AZ', 'A2'), from('AZ', 'A3'), from('AZ', 'A4')]);
    const fourCountries = aggregate([from('AZ', 'A1'), from('IR', 'I1'), from('IL', 'L1'), from('US', 'U1')]);
    expect(fourCountries.score).toBeGreaterThan(oneCountry.score);
    expect(tallyLists(fourCountries.tally.keys).outletCountries).toEqual(['AZ', 'IL', 'IR', 'US']);
  });

  it('keeps the first and last event time, and says when an article that held one leaves', () => {
    const old = support(0.8, '2025-01-05', 'Wire A', [], ['asserted', 'asserted'], null, ['1992', '2016-03']);
    const recent = support(0.6, '2025-02-07', 'Wire B', [], ['asserted'], null, ['2023']);
    expect(aggregate([recent, old])).toMatchObject({ firstEvent: '1992', lastEvent: '2023' });
    expect(aggregateDelta([], [old])).toMatchObject({ removedFirstEvent: '1992', removedLastEvent: '2016-03' });
    expect(aggregateDelta([support(0.8, '2025-01-05', 'Wire A', [], ['asserted'], null, ['1992', '2016-03'])], [old])).toMatchObject({ removedFirstEvent: null, removedLastEvent: null });
  });

  it('gives the relation as known on any day from its timeline, whatever the order of the articles', () => {
    const all = aggregate([c, a, b]);
    expect(all.timeline).toEqual(aggregate([a, b, c]).timeline);
    // Before the first article nothing is known; between the second and third, two articles.
    expect(knownOn(all.timeline, '2024-12-31')).toEqual({ articles: 0, evidence: 0, score: 0, lastSeen: null });
    expect(knownOn(all.timeline, '2025-02')).toEqual({ articles: 2, evidence: 2, score: aggregate([a, b]).score, lastSeen: '2025-02-07' });
    expect(knownOn(all.timeline, '2025')).toMatchObject({ articles: 3, lastSeen: '2025-03-01' });
    // An undated article is known on no day.
    expect(knownOn(aggregate([support(0.5, null, 'Wire C')]).timeline, '2030').articles).toBe(0);
  });
});
