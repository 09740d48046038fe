/**
 * The bands of a pair's state over time (pure): one row per lifecycle (sanctions one per
 * direction), one band per period of the API's `Pair.history`, placed on a shared axis of years
 * from the first period's start to `now` (the end of periods that still hold).
 */
import type { StatePeriod } from '../api.ts';

export interface Band {
  period: StatePeriod;
  /** Left edge and width, 0–1 of the axis. */
  x: number;
  width: number;
  /** "ties cut 2016–2023", "normal since 2023". */
  label: string;
}

export interface BandRow {
  /** "Diplomatic ties", "Sanctions: United States on Iran". */
  title: string;
  bands: Band[];
}

export interface StateBands {
  rows: BandRow[];
  /** The axis, in fractional years. */
  start: number;
  end: number;
  /** Years to mark on the axis. */
  ticks: number[];
}

/** What each state is called in a band, and its colour. */
export const STATE_LOOK: Readonly<Record<string, { word: string; color: string }>> = {
  TIES_NORMAL: { word: 'ties normal', color: '#2e7d32' },
  TIES_CUT: { word: 'ties cut', color: '#c62828' },
  SANCTIONED: { word: 'sanctioned', color: '#ef6c00' },
  SANCTIONS_EASED: { word: 'sanctions eased', color: '#00897b' },
  HOSTILITIES: { word: 'hostilities', color: '#b71c1c' },
  CEASEFIRE: { word: 'ceasefire', color: '#f9a825' },
  PEACE: { word: 'peace', color: '#1565c0' },
};

const LIFECYCLE_TITLES: Readonly<Record<string, string>> = { DIPLOMATIC_TIES: 'Diplomatic ties', SANCTIONS: 'Sanctions', CONFLICT: 'Conflict' };

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a fractional year at its start. */
export function yearOf(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** A period in words: "ties cut 2016–2023", "ties normal since 2023". */
export function periodLabel(p: Pick<StatePeriod, 'state' | 'since' | 'until'>): string {
  const word = STATE_LOOK[p.state]?.word ?? p.state.toLowerCase().replace(/_/g, ' ');
  return p.until ? `${word} ${p.since}–${p.until}` : `${word} since ${p.since}`;
}

/** The rows and bands of a pair's history, on an axis that runs to `today` (YYYY-MM-DD) for what still holds. */
export function stateBands(history: readonly StatePeriod[], today: string): StateBands | null {
  if (history.length === 0) return null;
  const start = Math.floor(Math.min(...history.map((p) => yearOf(p.since))));
  const end = Math.max(yearOf(today), ...history.map((p) => yearOf(p.until ?? p.since) + 1 / 12));
  const span = Math.max(end - start, 1);
  const rows = new Map<string, BandRow>();
  for (const period of history) {
    const key = period.lifecycle === 'SANCTIONS' ? `${period.lifecycle}|${period.source?.id}|${period.target?.id}` : period.lifecycle;
    const title = period.lifecycle === 'SANCTIONS' && period.source && period.target ? `Sanctions: ${period.source.name} on ${period.target.name}` : (LIFECYCLE_TITLES[period.lifecycle] ?? period.lifecycle);
    const row = rows.get(key) ?? { title, bands: [] };
    const from = yearOf(period.since);
    const to = period.until ? yearOf(period.until) : end;
    row.bands.push({ period, x: (from - start) / span, width: Math.max(to - from, 0) / span, label: periodLabel(period) });
    rows.set(key, row);
  }
  return { rows: [...rows.values()], start, end, ticks: yearTicks(start, end) };
}

/** At most six round years inside the axis. */
function yearTicks(start: number, end: number): number[] {
  const first = Math.ceil(start);
  const last = Math.floor(end);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => (last - first) / s <= 5) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return ticks;
}
