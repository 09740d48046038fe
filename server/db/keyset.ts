/**
 * Keyset paging: a page continues after the sort keys of the last item it gave, so items
 * added or removed meanwhile never shift the pages that follow (offsets did). Cursors are
 * opaque to clients: base64url of JSON [order, ...keys]. Pure.
 */
import { badInput } from '../errors.ts';

/** One sort key: a Cypher expression that is never null, and its direction. */
export interface SortKey {
  expr: string;
  descending: boolean;
}

export type KeyValue = string | number | boolean | null;

export function encodeCursor(order: string, keys: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([order, ...keys])).toString('base64url');
}

/** The keys of a cursor given out for `order`; null without a cursor. BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string | null | undefined, order: string, keyCount: number): KeyValue[] | null {
  if (cursor == null || cursor === '') return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keyCount + 1 || decoded.slice(1).some((k) => k !== null && !['string', 'number', 'boolean'].includes(typeof k))) {
    throw badInput('"after" is not a cursor this API gave out');
  }
  if (decoded[0] !== order) throw badInput(`"after" is a cursor of another sort order (${String(decoded[0])}); keep the same orderBy while paging`);
  return decoded.slice(1) as KeyValue[];
}

/**
 * Cypher condition "comes after the cursor" for lexicographic keys: k0 beyond c0, or k0 = c0
 * and k1 beyond c1, and so on. `value(i)` is the Cypher expression of the cursor's i-th key.
 */
export function afterCondition(keys: readonly SortKey[], value: (i: number) => string): string {
  const alternatives = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.expr} = ${value(j)}`);
    return [...equal, `${key.expr} ${key.descending ? '<' : '>'} ${value(i)}`].join(' AND ');
  });
  return alternatives.map((a) => `(${a})`).join(' OR ');
}

/** ORDER BY clause for the keys. */
export function orderBy(keys: readonly SortKey[]): string {
  return `ORDER BY ${keys.map((k) => `${k.expr}${k.descending ? ' DESC' : ''}`).join(', ')}`;
}

export const MAX_PAGE = 500;

/** Validated page size: 0 ≤ first ≤ max. */
export function pageSize(first: number | null | undefined, fallback: number, max = MAX_PAGE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput('"first" must be a non-negative integer');
  if (n > max) throw badInput(`"first" is at most ${max}`);
  return n;
}

/** A page fetched with one item more than asked: the extra one only says that more follow. */
export interface KeyedRow<T> {
  node: T;
  keys: KeyValue[];
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
}

export function toPage<T>(rows: readonly KeyedRow<T>[], limit: number, order: string): Page<T> {
  return {
    items: rows.slice(0, limit).map((row) => ({ cursor: encodeCursor(order, row.keys), node: row.node })),
    hasNextPage: limit > 0 && rows.length > limit,
  };
}
