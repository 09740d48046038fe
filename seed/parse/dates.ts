/**
 * Publication dates to ISO (YYYY-MM-DD). A date comes only from an explicit date: ISO, RFC 2822
 * and written-out dates ("March 3, 2025") are read; a relative or partial value ("yesterday",
 * "3 days ago", "March 3") is never turned into a date, since that would invent one from the day
 * of the run: it is reported and stored as unknown.
 */
import * as chrono from 'chrono-node';

export interface ParsedDate {
  date?: string;
  /** Set when a value was given but is not an explicit date. */
  warning?: string;
}

const UNKNOWN = /^(unknown|n\/a|none|null|-)$/i;
// Two references years apart: an explicit date reads the same against both, a relative one does not.
const REFERENCES = [new Date('2001-06-15T12:00:00Z'), new Date('2013-02-03T12:00:00Z')];

function isRealDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Reads a publication date; says why when a value is given but is not an explicit date. */
export function parseDate(value: unknown): ParsedDate {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { warning: 'an invalid Date' } : { date: value.toISOString().slice(0, 10) };
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') return { warning: `"${String(value)}" is not a date` };
  const text = value.trim();
  if (!text || UNKNOWN.test(text)) return {};
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text)?.[1];
  if (iso) return isRealDay(iso) ? { date: iso } : { warning: `"${text}" is not a real day` };
  const readings = REFERENCES.map((reference) => chrono.parse(text, reference)[0]);
  const [a, b] = readings;
  const explicit = a && b && a.start.isCertain('year') && a.start.isCertain('month') && a.start.isCertain('day') && a.start.date().getTime() === b.start.date().getTime();
  if (!explicit) return { warning: `"${text}" is not an explicit date (relative, partial or unreadable)` };
  // The date as written, independent of the machine's time zone.
  const y = a.start.get('year') as number;
  const m = a.start.get('month') as number;
  const d = a.start.get('day') as number;
  return { date: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** The ISO date of an explicit date, else undefined. */
export function toIsoDate(value: unknown): string | undefined {
  return parseDate(value).date;
}

/** Reads a date and records a warning (with where it was read) when the value is not an explicit date. */
export function readDate(value: unknown, where: string, warnings: string[]): string | undefined {
  const { date, warning } = parseDate(value);
  if (warning) warnings.push(`${where}: published ${warning}; stored as unknown`);
  return date;
}
