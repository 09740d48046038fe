/** Publication dates to ISO (YYYY-MM-DD): ISO and RFC 2822 directly, free text via chrono-node. */
import * as chrono from 'chrono-node';

export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const text = String(value).trim();
  if (!text || /^(unknown|n\/a|none|null)$/i.test(text)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const parsed = Date.parse(text);
  const date = Number.isNaN(parsed) ? chrono.parseDate(text) : new Date(parsed);
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}
