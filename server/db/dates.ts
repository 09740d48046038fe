/**
 * Date windows as researchers write them: YYYY, YYYY-MM or YYYY-MM-DD, checked against the
 * calendar (2024-13-45 and 2023-02-29 are refused), and turned into bounds that compare with
 * stored publication dates (YYYY-MM-DD strings). Pure.
 */
import { badInput } from '../errors.ts';

/** A window as asked for; either end may be open (null). */
export interface DateWindow {
  from: string | null;
  to: string | null;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
export function isPartialDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

function checkDate(value: string, name: string): string {
  const trimmed = value.trim();
  if (!isPartialDate(trimmed)) throw badInput(`"${name}" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (such as 2024-01-31), got "${value}"`);
  return trimmed;
}

/**
 * The window of `from` and `to` (either may be null or absent); null when both are open.
 * `prefix` names the argument in messages ("filter." gives "filter.from"), `names` the two ends.
 */
export function parseDateWindow(from: string | null | undefined, to: string | null | undefined, prefix = '', names: [string, string] = ['from', 'to']): DateWindow | null {
  const start = from == null || from === '' ? null : checkDate(from, `${prefix}${names[0]}`);
  const end = to == null || to === '' ? null : checkDate(to, `${prefix}${names[1]}`);
  if (start === null && end === null) return null;
  if (start !== null && end !== null && start.slice(0, end.length) > end) {
    throw badInput(`"${prefix}${names[0]}" (${start}) is after "${prefix}${names[1]}" (${end})`);
  }
  return { from: start, to: end };
}

/** Date arguments: `since`/`until` (Date), or the deprecated `from`/`to` (String) they replace. */
export interface DateArgs {
  since?: string | null;
  until?: string | null;
  from?: string | null;
  to?: string | null;
}

/** True when any of the date arguments is present (even as null: "open"). */
export const hasDateArgs = (args: object) => ['since', 'until', 'from', 'to'].some((name) => name in args);

/** The window of since/until or of the deprecated from/to (never both); null when open. */
export function dateWindowOf(args: DateArgs | null | undefined, prefix = ''): DateWindow | null {
  const isNew = args?.since != null || args?.until != null;
  if (isNew && (args?.from != null || args?.to != null)) {
    throw badInput(`Give "${prefix}since"/"${prefix}until" or the deprecated "${prefix}from"/"${prefix}to", not both`);
  }
  return isNew ? parseDateWindow(args?.since, args?.until, prefix, ['since', 'until']) : parseDateWindow(args?.from, args?.to, prefix);
}

/**
 * Cypher parameters for a window: `from` compares as is ("2021" ≤ "2021-03-05"); `to` gets a
 * high sentinel so that "2021" includes every day of 2021.
 */
export function windowBounds(window: DateWindow | null): { from: string | null; to: string | null } {
  return { from: window?.from ?? null, to: window?.to == null ? null : `${window.to}\uffff` };
}

/** Cypher condition: the date expression `date` lies in the window held in $<name>From / $<name>To. */
export function windowCondition(window: DateWindow | null, date: string, params: Record<string, unknown>, name = 'window'): string[] {
  if (!window) return [];
  const bounds = windowBounds(window);
  const conditions: string[] = [];
  if (bounds.from !== null) {
    conditions.push(`${date} >= $${name}From`);
    params[`${name}From`] = bounds.from;
  }
  if (bounds.to !== null) {
    conditions.push(`${date} <= $${name}To`);
    params[`${name}To`] = bounds.to;
  }
  return conditions;
}

/** Which time a date filter reads: publication (the default) or the event time a sentence states. */
export type DateBasis = 'PUBLISHED' | 'EVENT';

/**
 * Which evidence a query reads in time: a window (since/until) on publication or event dates,
 * and with `asOf` only what was published by that day (the graph as known then).
 */
export interface TimeScope {
  window: DateWindow | null;
  by: DateBasis;
  asOf: string | null;
}

/** Time arguments: a window with the time it reads, and a day the graph is known as of. */
export interface TimeArgs extends DateArgs {
  by?: DateBasis | null;
  asOf?: string | null;
}

/** The time scope of since/until (or from/to), by and asOf, checked; null when none is given. */
export function timeScopeOf(args: TimeArgs | null | undefined, prefix = ''): TimeScope | null {
  const window = dateWindowOf(args, prefix);
  const asOf = args?.asOf == null || args.asOf === '' ? null : checkDate(args.asOf, `${prefix}asOf`);
  if (!window && !asOf) return null;
  return { window, by: args?.by ?? 'PUBLISHED', asOf };
}

/** The end of a day, month or year as a bound for stored dates ("2016" runs to the end of 2016). */
export const endOfDay = (day: string) => `${day}\uffff`;

/**
 * Cypher conditions keeping evidence sentence `v` (its `date` is its article's publication date,
 * `eventDate` the event time it states) inside a time scope. By event time, a sentence counts
 * when its time overlaps the window: "2016" counts in a window from 2016-03.
 */
export function evidenceTimeConditions(scope: TimeScope | null, v: string, params: Record<string, unknown>, name = 'window'): string[] {
  if (!scope) return [];
  const conditions: string[] = [];
  if (scope.window && scope.by === 'EVENT') {
    const bounds = windowBounds(scope.window);
    conditions.push(`${v}.eventDate IS NOT NULL`);
    if (bounds.from !== null) {
      // The year bound lets the event-time index do the work; the second condition is the exact overlap.
      conditions.push(`${v}.eventDate >= $${name}FromYear`, `(${v}.eventDate >= $${name}From OR $${name}From STARTS WITH ${v}.eventDate)`);
      params[`${name}From`] = bounds.from;
      params[`${name}FromYear`] = bounds.from.slice(0, 4);
    }
    if (bounds.to !== null) {
      conditions.push(`${v}.eventDate <= $${name}To`);
      params[`${name}To`] = bounds.to;
    }
  } else if (scope.window) conditions.push(...windowCondition(scope.window, `${v}.date`, params, name));
  if (scope.asOf) {
    conditions.push(`${v}.date <= $${name}AsOf`);
    params[`${name}AsOf`] = endOfDay(scope.asOf);
  }
  return conditions;
}
