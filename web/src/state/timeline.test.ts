import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, DEFAULT_TIMELINE, addGraph, emptyInvestigation } from './actions.ts';
import { edge, node } from './fixtures.test-util.ts';
import { record, startHistory, undo } from './history.ts';
import { canvasBounds, playbackStart, playFrame, setTimeline, shiftDay, startPlayback, stepWindow } from './timeline.ts';
import type { Filters, Timeline } from './types.ts';
import { hasEvidenceIn, visibleElements } from './visibility.ts';

const bounds = { first: '2024-01-10', last: '2024-12-20' };
const f = (from: string, to: string): Filters => ({ ...DEFAULT_FILTERS, from, to });
const t = (patch: Partial<Timeline> = {}): Timeline => ({ ...DEFAULT_TIMELINE, ...patch });

describe('timeline steps', () => {
  it('moves days by weeks, and months and years to the same day or the month’s last', () => {
    expect(shiftDay('2024-02-26', 'week', 1)).toBe('2024-03-04');
    expect(shiftDay('2024-01-31', 'month', 1)).toBe('2024-02-29');
    expect(shiftDay('2024-03-31', 'month', -1)).toBe('2024-02-29');
    expect(shiftDay('2024-02-29', 'year', 1)).toBe('2025-02-28');
  });

  it('moves a window of months by a month, keeping its width, and stops at the end of the data', () => {
    expect(stepWindow(f('2024-03', '2024-05'), t(), bounds, 1)).toEqual({ from: '2024-04', to: '2024-06' });
    expect(stepWindow(f('2024-03', '2024-05'), t(), bounds, -1)).toEqual({ from: '2024-02', to: '2024-04' });
    expect(stepWindow(f('2024-10', '2024-12'), t(), bounds, 1)).toBeNull();
    expect(stepWindow(f('2024-01', '2024-02'), t(), bounds, -1)).toBeNull();
    expect(stepWindow(f('2023-01', '2023-12'), t({ step: 'year' }), { first: '2023-01-01', last: '2025-06-01' }, 1)).toEqual({ from: '2024-01', to: '2024-12' });
  });

  it('steps weeks to the day', () => {
    expect(stepWindow(f('2024-03-04', '2024-03-10'), t({ step: 'week' }), bounds, 1)).toEqual({ from: '2024-03-11', to: '2024-03-17' });
  });

  it('in "as of" mode moves only the playhead, from the start of the data', () => {
    expect(stepWindow(f('', '2024-05'), t({ mode: 'asOf' }), bounds, 1)).toEqual({ from: '', to: '2024-06' });
    expect(stepWindow(f('2024-04', '2024-05'), t({ mode: 'asOf', step: 'week' }), bounds, 1)).toEqual({ from: '', to: '2024-06-07' });
  });

  it('starts playing where the window is, or one window in from the start when it already reaches the end', () => {
    expect(playbackStart(f('2024-03', '2024-05'), t(), bounds)).toEqual({ from: '2024-03', to: '2024-05' });
    expect(playbackStart(f('', ''), t(), bounds)).toEqual({ from: '2024-01', to: '2024-01' });
    expect(playbackStart(f('2024-10', '2024-12'), t(), bounds)).toEqual({ from: '2024-01', to: '2024-03' });
    expect(playbackStart(f('', ''), t({ mode: 'asOf' }), bounds)).toEqual({ from: '', to: '2024-01' });
    expect(playbackStart(f('', ''), t({ step: 'week' }), bounds)).toEqual({ from: '2024-01-10', to: '2024-01-16' });
  });

  it('plays through the year month by month, then stops', () => {
    let filters = f('', '');
    const seen: string[] = [];
    let w: { from: string; to: string } | null = playbackStart(filters, t(), bounds);
    while (w) {
      seen.push(w.to);
      filters = f(w.from, w.to);
      w = stepWindow(filters, t(), bounds, 1);
    }
    expect(seen).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
  });
});

describe('what the timeline shows', () => {
  const attacks = edge('RU', 'UA', 'ATTACKS', { firstSeen: '2024-02-12', lastSeen: '2024-06-03', months: { '2024-02': 2, '2024-06': 1 } });

  it('keeps a relation in a window of days only when its months and its first and last dates allow it', () => {
    expect(hasEvidenceIn(attacks, '2024-02-01', '2024-02-07')).toBe(false); // its first date is later
    expect(hasEvidenceIn(attacks, '2024-02-08', '2024-02-14')).toBe(true);
    expect(hasEvidenceIn(attacks, '2024-06-04', '2024-06-10')).toBe(false); // its last date is earlier
  });

  it('"as of" shows everything stated up to the playhead, whatever the window’s start', () => {
    expect(hasEvidenceIn(attacks, '2024-05', '2024-05', 'asOf')).toBe(true);
    expect(hasEvidenceIn(attacks, '', '2024-01', 'asOf')).toBe(false);
    expect(hasEvidenceIn(attacks, '', '2024-02-11', 'asOf')).toBe(false);
    expect(hasEvidenceIn(attacks, '', '2024-02-12', 'asOf')).toBe(true);
    const s = addGraph({ nodes: [node('RU'), node('UA')], edges: [attacks] }, { label: 'a' }).apply(emptyInvestigation());
    const asOf = setTimeline({ mode: 'asOf' }).apply({ ...s, filters: f('2024-06', '2024-06') });
    expect(visibleElements(asOf).edges.size).toBe(1);
    expect(visibleElements({ ...asOf, filters: f('2024-03', '2024-05') }).edges.size).toBe(1);
    expect(visibleElements({ ...asOf, timeline: t(), filters: f('2024-03', '2024-05') }).edges.size).toBe(0);
  });

  it('playing is one undo step, however many frames', () => {
    let h = startHistory(emptyInvestigation());
    h = record(h, startPlayback({ from: '2024-01', to: '2024-01' }));
    for (const to of ['2024-02', '2024-03', '2024-04']) h = record(h, playFrame({ from: to, to }));
    expect(h.present.filters.to).toBe('2024-04');
    expect(h.past.map((e) => e.label)).toEqual(['play the timeline']);
    h = undo(h);
    expect(h.present.filters.to).toBe('');
    // Step and speed are not undo steps; the mode is.
    expect(record(startHistory(emptyInvestigation()), setTimeline({ speed: 4 })).past).toHaveLength(0);
    expect(record(startHistory(emptyInvestigation()), setTimeline({ mode: 'asOf' })).past).toHaveLength(1);
  });
});

describe('the canvas’s dates', () => {
  it('run from the first relation’s first date to the last one’s last date', () => {
    const s = addGraph({ nodes: [node('RU'), node('UA'), node('BY')], edges: [edge('RU', 'UA', 'ATTACKS', { firstSeen: '2024-02-12', lastSeen: '2024-06-03' }), edge('RU', 'BY', 'MEETS_WITH', { firstSeen: '2023-11-30', lastSeen: '2024-01-02' })] }, { label: 'a' }).apply(emptyInvestigation());
    expect(canvasBounds(s)).toEqual({ first: '2023-11-30', last: '2024-06-03' });
    expect(canvasBounds(emptyInvestigation())).toBeNull();
  });
});
