import { describe, expect, it } from 'vitest';
import { afterCondition, decodeCursor, encodeCursor, orderBy, pageSize, toPage } from './keyset.ts';

describe('keyset paging', () => {
  const keys = [
    { expr: 'k0', descending: true },
    { expr: 'k1', descending: true },
    { expr: 'k2', descending: false },
  ];

  it('continues after the last keys, lexicographically, each key in its direction', () => {
    expect(afterCondition(keys, (i) => `$after[${i}]`)).toBe('(k0 < $after[0]) OR (k0 = $after[0] AND k1 < $after[1]) OR (k0 = $after[0] AND k1 = $after[1] AND k2 > $after[2])');
    expect(orderBy(keys)).toBe('ORDER BY k0 DESC, k1 DESC, k2');
  });

  it('round-trips cursors and refuses foreign or other-order ones', () => {
    const cursor = encodeCursor('ARTICLES:DESC', [3, 0.75, 'ACCUSES:abc']);
    expect(decodeCursor(cursor, 'ARTICLES:DESC', 3)).toEqual([3, 0.75, 'ACCUSES:abc']);
    expect(decodeCursor(null, 'ARTICLES:DESC', 3)).toBeNull();
    expect(() => decodeCursor(cursor, 'SCORE:DESC', 3)).toThrow(/another sort order/);
    expect(() => decodeCursor('bzo0MA', 'ARTICLES:DESC', 3)).toThrow(/not a cursor/); // an old offset cursor
    expect(() => decodeCursor(encodeCursor('ARTICLES:DESC', [{}] as never), 'ARTICLES:DESC', 1)).toThrow(/not a cursor/);
  });

  it('says a next page exists only when an extra row came back, never after an empty page', () => {
    const rows = [1, 2, 3].map((n) => ({ node: n, keys: [n] }));
    expect(toPage(rows, 2, 'X').hasNextPage).toBe(true);
    expect(toPage(rows, 3, 'X').hasNextPage).toBe(false);
    expect(toPage(rows, 0, 'X')).toEqual({ items: [], hasNextPage: false });
    expect(() => pageSize(501, 20)).toThrow(/at most 500/);
    expect(() => pageSize(-1, 20)).toThrow(/non-negative/);
  });
});
