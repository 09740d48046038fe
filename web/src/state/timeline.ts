/**
 * The timeline (pure): the evidence-date window (filters.from–to, whose end is the playhead),
 * moved by steps of a week, a month or a year, and the "as of" mode that shows everything stated
 * up to the playhead. Playback dispatches `playFrame` actions, which replace the present state
 * instead of making an undo step per frame; starting to play is one undoable change.
 *
 * Bounds are written YYYY-MM (a whole month: month and year steps) or YYYY-MM-DD (week steps).
 */
import { canvas } from './actions.ts';
import type { Action, Filters, Investigation, TimeStep, Timeline } from './types.ts';

/** The first and last days of the data (YYYY-MM-DD). */
export interface DateBounds {
  first: string;
  last: string;
}

export interface DayWindow {
  from: string;
  to: string;
}

/** The first and last evidence dates of the canvas (days), null for a canvas without dates. */
export function canvasBounds(s: Investigation): DateBounds | null {
  let first = '';
  let last = '';
  for (const e of Object.values(s.edges)) {
    const months = Object.keys(e.months ?? {}).sort();
    const a = e.firstSeen ?? (months[0] ? `${months[0]}-01` : '');
    const b = e.lastSeen ?? (months.at(-1) ? `${months.at(-1)}-28` : '');
    if (a && (!first || a < first)) first = a;
    if (b && (!last || b > last)) last = b;
  }
  return first && last ? { first: first.slice(0, 10), last: last.slice(0, 10) } : null;
}

/** First day a bound covers ('' is open). */
export const startDay = (bound: string) => (bound.length === 7 ? `${bound}-01` : bound);
/** Last day a bound covers ('-31' compares after every day of the month). */
export const endDay = (bound: string) => (bound.length === 7 ? `${bound}-31` : bound);

const toDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);

/** Last real day of a day's month. */
function monthEnd(day: string): string {
  const d = toDate(`${day.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return fromDate(d);
}

/** A day moved by `n` steps (months and years land on the same day of the month, or its last day). */
export function shiftDay(day: string, step: TimeStep, n: number): string {
  const d = toDate(day);
  if (step === 'week') {
    d.setUTCDate(d.getUTCDate() + 7 * n);
    return fromDate(d);
  }
  const months = step === 'year' ? 12 * n : n;
  const wanted = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const end = Number(monthEnd(fromDate(d)).slice(8));
  d.setUTCDate(Math.min(wanted, end));
  return fromDate(d);
}

/** The window in days, open ends resolved to the data's bounds; "as of" starts at the first day. */
export function dayWindow(f: Filters, t: Timeline, bounds: DateBounds): DayWindow {
  const from = t.mode === 'asOf' || !f.from ? bounds.first : startDay(f.from);
  const to = f.to ? realEnd(endDay(f.to)) : bounds.last;
  return { from, to };
}

const realEnd = (day: string) => (day.endsWith('-31') ? monthEnd(day) : day);

/** The last real day a bound covers (2025-02 → 2025-02-28). */
export const lastDayOf = (bound: string) => realEnd(endDay(bound));

/** How a window is written for a step: whole months for month and year steps, days for weeks. */
export function boundsFor(window: DayWindow, step: TimeStep): { from: string; to: string } {
  return step === 'week' ? window : { from: window.from.slice(0, 7), to: window.to.slice(0, 7) };
}

/**
 * The window one step later (or earlier): the same width, moved by one step; in "as of" mode only
 * the playhead moves. Null when the playhead is already at the end (or the start) of the data.
 */
export function stepWindow(f: Filters, t: Timeline, bounds: DateBounds, direction: 1 | -1): { from: string; to: string } | null {
  const w = dayWindow(f, t, bounds);
  if (direction > 0 && w.to >= bounds.last) return null;
  if (direction < 0 && (t.mode === 'asOf' ? w.to : w.from) <= bounds.first) return null;
  const from = t.mode === 'asOf' ? bounds.first : shiftDay(w.from, t.step, direction);
  return written({ from, to: alignEnd(shiftDay(w.to, t.step, direction), t.step) }, t);
}

/** Month and year steps end windows at the end of a month. */
const alignEnd = (day: string, step: TimeStep) => (step === 'week' ? day : monthEnd(day));

function written(w: DayWindow, t: Timeline): { from: string; to: string } {
  const b = boundsFor(w, t.step);
  return { from: t.mode === 'asOf' ? '' : b.from, to: b.to };
}

/** Steps a window spans (at least one; an open window counts as one step). */
function stepsIn(w: DayWindow, step: TimeStep, isOpen: boolean): number {
  if (isOpen) return 1;
  let n = 1;
  while (n < 1000 && shiftDay(w.from, step, n) <= w.to) n++;
  return n;
}

/**
 * Where playback starts: the current window, or, when it already reaches the end of the data, a
 * window as wide at the start (a window over all the data: one step; "as of": the first step).
 */
export function playbackStart(f: Filters, t: Timeline, bounds: DateBounds): { from: string; to: string } {
  const w = dayWindow(f, t, bounds);
  if (w.to < bounds.last) return written(w, t);
  const first = t.step === 'week' ? bounds.first : `${bounds.first.slice(0, 7)}-01`;
  const steps = stepsIn(w, t.step, t.mode === 'asOf' || !f.from);
  return written({ from: first, to: alignEnd(dayBefore(shiftDay(first, t.step, steps)), t.step) }, t);
}

function dayBefore(day: string): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() - 1);
  return fromDate(d);
}

/** Sets the window (a brush drawn or dragged, cleared): one undoable change. */
export function setWindow(window: { from: string; to: string }, label = 'evidence dates'): Action {
  return canvas(label, (s) => ({ ...s, filters: { ...s.filters, from: window.from, to: window.to } }));
}

/** Mode, step or speed; the mode and the ended relations change what is shown, so they are undo steps; step and speed are not. */
export function setTimeline(patch: Partial<Timeline>): Action {
  if (patch.mode !== undefined) return canvas(patch.mode === 'asOf' ? 'timeline as of' : 'timeline window', (s) => ({ ...s, timeline: { ...s.timeline, ...patch } }));
  if (patch.ended !== undefined) return canvas(patch.ended === 'hide' ? 'hide ended relations' : 'show ended relations', (s) => ({ ...s, timeline: { ...s.timeline, ...patch } }));
  return { label: 'timeline', kind: 'view', apply: (s) => ({ ...s, timeline: { ...s.timeline, ...patch } }) };
}

/** Starting playback: one undo step, so Ctrl+Z after playing goes back to where it started. */
export function startPlayback(window: { from: string; to: string }): Action {
  return canvas('play the timeline', (s) => withWindow(s, window));
}

/** One frame of playback: replaces the present, no undo step. */
export function playFrame(window: { from: string; to: string }): Action {
  return { label: 'play', kind: 'view', apply: (s) => ({ ...withWindow(s, window), modified: true }) };
}

const withWindow = (s: Investigation, w: { from: string; to: string }): Investigation => (s.filters.from === w.from && s.filters.to === w.to ? s : { ...s, filters: { ...s.filters, from: w.from, to: w.to } });
