import { describe, expect, it } from 'vitest';
import type { StatePeriod } from '../api.ts';
import { periodLabel, stateBands, yearOf } from './state-bands.ts';

const sentence = (time: string) => ({ time, timeBasis: 'EVENT' as const, sentence: `Something in ${time}.`, article: { id: `url:${time}`, title: time } });
const period = (state: string, since: string, until: string | null, extra: Partial<StatePeriod> = {}): StatePeriod => ({
  lifecycle: state.startsWith('TIES') ? 'DIPLOMATIC_TIES' : 'SANCTIONS',
  state,
  source: null,
  target: null,
  since,
  until,
  superseded: until !== null,
  opening: sentence(since),
  closing: until ? sentence(until) : null,
  ...extra,
});

describe('state bands of a pair', () => {
  it('reads partial dates as the start of their year, month or day', () => {
    expect(yearOf('2016')).toBe(2016);
    expect(yearOf('2016-07')).toBe(2016.5);
    expect(yearOf('2016-01-01')).toBe(2016);
  });

  it('lays out normalized, cut and restored ties end to end on one row, the last running to today', () => {
    const bands = stateBands([period('TIES_NORMAL', '1992', '2016'), period('TIES_CUT', '2016', '2023'), period('TIES_NORMAL', '2023', null)], '2025-01-01')!;
    expect(bands.rows.map((r) => r.title)).toEqual(['Diplomatic ties']);
    const [normal, cut, restored] = bands.rows[0]!.bands;
    expect([normal!.label, cut!.label, restored!.label]).toEqual(['ties normal 1992–2016', 'ties cut 2016–2023', 'ties normal since 2023']);
    expect(normal!.x).toBe(0);
    expect(cut!.x).toBeCloseTo(normal!.x + normal!.width);
    expect(restored!.x).toBeCloseTo(cut!.x + cut!.width);
    expect(restored!.x + restored!.width).toBeCloseTo(1);
    expect(bands.ticks[0]).toBeGreaterThanOrEqual(1992);
    expect(bands.ticks.at(-1)).toBeLessThanOrEqual(2025);
    expect(bands.ticks.length).toBeLessThanOrEqual(6);
  });

  it('gives sanctions one row per direction, named by who sanctions whom', () => {
    const us = { id: 'Q30', name: 'United States' };
    const iran = { id: 'Q794', name: 'Iran' };
    const bands = stateBands(
      [period('SANCTIONED', '2018', '2021', { source: us, target: iran }), period('SANCTIONS_EASED', '2021', null, { source: us, target: iran }), period('SANCTIONED', '2020', null, { source: iran, target: us })],
      '2024-06-30',
    )!;
    expect(bands.rows.map((r) => [r.title, r.bands.length])).toEqual([
      ['Sanctions: United States on Iran', 2],
      ['Sanctions: Iran on United States', 1],
    ]);
  });

  it('has no bands without history, and words every state', () => {
    expect(stateBands([], '2025-01-01')).toBeNull();
    expect(periodLabel({ state: 'CEASEFIRE', since: '2021-05', until: null })).toBe('ceasefire since 2021-05');
  });
});
